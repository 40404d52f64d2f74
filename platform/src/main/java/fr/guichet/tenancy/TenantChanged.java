package fr.guichet.tenancy;

/** Anything about a tenant that host resolution or caches depend on has changed (status, hosts, schema). */
public record TenantChanged(TenantId tenantId) {
}
