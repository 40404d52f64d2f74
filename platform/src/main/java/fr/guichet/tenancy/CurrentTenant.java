package fr.guichet.tenancy;

/**
 * The tenant a piece of work runs for: what the tenant context carries through a request or a job.
 *
 * @param id the tenant's identity
 * @param slug the tenant's stable short name (used in logs and cache keys)
 * @param schema the PostgreSQL schema holding the tenant's data
 */
public record CurrentTenant(TenantId id, String slug, String schema) {
}
