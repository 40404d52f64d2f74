package fr.guichet.tenancy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A local authority served by this instance, as the control plane knows it. Immutable: state changes return a
 * new value that the tenancy services persist with optimistic locking on {@code version}.
 *
 * @param officialCode INSEE code for a commune, SIREN for an EPCI
 * @param hosts host names, the default one first
 */
public record Tenant(
        TenantId id,
        String slug,
        TenantKind kind,
        String officialName,
        String officialCode,
        @Nullable TenantId parentId,
        TenantStatus status,
        @Nullable String statusMessage,
        String schema,
        int schemaVersion,
        List<String> hosts,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Tenant {
        hosts = List.copyOf(hosts);
    }

    /** The host name the tenant was created with. */
    public String defaultHost() {
        return hosts.getFirst();
    }

    /** What the tenant context carries for this tenant. */
    public CurrentTenant asCurrent() {
        return new CurrentTenant(id, slug, schema);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** This tenant, now serving: its schema is at {@code schemaVersion}. */
    public Tenant activated(int migratedVersion, Instant at) {
        return new Tenant(id, slug, kind, officialName, officialCode, parentId, TenantStatus.ACTIVE, null, schema,
                migratedVersion, hosts, createdAt, at, version);
    }

    /** This tenant, closed to the public with a message shown on its 503 page. */
    public Tenant suspended(String message, Instant at) {
        if (status != TenantStatus.ACTIVE) {
            throw new TenantStateConflict("Seule une collectivité active peut être suspendue (statut actuel : "
                    + status.label().toLowerCase(java.util.Locale.FRENCH) + ").");
        }
        return new Tenant(id, slug, kind, officialName, officialCode, parentId, TenantStatus.SUSPENDED, message,
                schema, schemaVersion, hosts, createdAt, at, version);
    }

    /** This tenant, serving again after a suspension. */
    public Tenant resumed(Instant at) {
        if (status != TenantStatus.SUSPENDED) {
            throw new TenantStateConflict("Seule une collectivité suspendue peut être réactivée.");
        }
        return new Tenant(id, slug, kind, officialName, officialCode, parentId, TenantStatus.ACTIVE, null, schema,
                schemaVersion, hosts, createdAt, at, version);
    }

    /**
     * This tenant, closed for good: its hosts answer "not found", its data stay in its schema for the retention
     * period (export and purge are the privacy feature's).
     */
    public Tenant archived(Instant at) {
        if (status != TenantStatus.ACTIVE && status != TenantStatus.SUSPENDED) {
            throw new TenantStateConflict("Seule une collectivité active ou suspendue peut être archivée.");
        }
        return new Tenant(id, slug, kind, officialName, officialCode, parentId, TenantStatus.ARCHIVED, null, schema,
                schemaVersion, hosts, createdAt, at, version);
    }

    /** This tenant with its schema upgraded to {@code newVersion}. */
    public Tenant migratedTo(int newVersion, Instant at) {
        return new Tenant(id, slug, kind, officialName, officialCode, parentId, status, statusMessage, schema,
                newVersion, hosts, createdAt, at, version);
    }

    /** This tenant answering on one more host name. */
    public Tenant withHost(String host, Instant at) {
        var all = new java.util.ArrayList<>(hosts);
        all.add(host);
        return new Tenant(id, slug, kind, officialName, officialCode, parentId, status, statusMessage, schema,
                schemaVersion, all, createdAt, at, version);
    }
}
