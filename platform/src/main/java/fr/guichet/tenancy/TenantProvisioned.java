package fr.guichet.tenancy;

import org.jspecify.annotations.Nullable;

/** A tenant's schema is migrated and its portal is serving. */
public record TenantProvisioned(TenantId tenantId, String slug, TenantKind kind, String officialName,
        @Nullable TenantId parentId) {
}
