package fr.guichet.tenancy;

import fr.guichet.tenancy.internal.TenantRepository;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the control plane for tenant-admin, limited to what the signed-in operator may see. */
@Service
@Transactional(readOnly = true)
public class TenantDirectory {

    private final TenantRepository tenants;
    private final OperatorScopes scopes;

    TenantDirectory(TenantRepository tenants, OperatorScopes scopes) {
        this.tenants = tenants;
        this.scopes = scopes;
    }

    /** One page of tenants matching the filter; EPCI administrators see their EPCI and its communes only. */
    @PreAuthorize("hasAnyRole('OPERATOR', 'EPCI_ADMIN')")
    public List<Tenant> search(@Nullable String query, @Nullable TenantKind kind, @Nullable TenantStatus status,
            int offset, int limit) {
        TenantId scope = scopes.currentEpciScope().orElse(null);
        return tenants.search(query, kind, status, scope, offset, Math.min(limit, 500));
    }

    @PreAuthorize("hasAnyRole('OPERATOR', 'EPCI_ADMIN')")
    public Optional<Tenant> find(TenantId id) {
        return tenants.findById(id).filter(scopes::maySee);
    }

    /** The active tenant with this official code (INSEE or SIREN), if provisioned; for pickers. */
    @PreAuthorize("hasAnyRole('OPERATOR', 'EPCI_ADMIN')")
    public Optional<Tenant> findByOfficialCode(TenantKind kind, String code) {
        return tenants.findByOfficialCode(kind, code);
    }

    /** The EPCI the signed-in operator is limited to, if any. */
    @PreAuthorize("hasAnyRole('OPERATOR', 'EPCI_ADMIN')")
    public Optional<Tenant> currentEpci() {
        return scopes.currentEpciScope().flatMap(tenants::findById);
    }

    /** The tenant of the current request, as the control plane knows it (for the portal and back office). */
    public Tenant current() {
        return tenants.findById(TenantContext.requiredTenant().id()).orElseThrow(NoTenantInContext::new);
    }

    /** The EPCI the tenant of the current request belongs to, if any (for the back office). */
    public Optional<Tenant> currentParent() {
        return Optional.ofNullable(current().parentId()).flatMap(tenants::findById);
    }

    /** The tenant with this slug, whatever its status (for start-up work and tests). */
    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    /**
     * One batch of the tenants a platform job visits (active or suspended, schema at least at {@code schemaVersion},
     * so the tables the job needs exist), ordered by slug: pass the last slug of a batch to get the next one.
     */
    public List<Tenant> servedBatch(int schemaVersion, String afterSlug, int limit) {
        return tenants.findServedAtLeast(schemaVersion, afterSlug, Math.clamp(limit, 1, 1000));
    }

    public long count() {
        return tenants.count();
    }
}
