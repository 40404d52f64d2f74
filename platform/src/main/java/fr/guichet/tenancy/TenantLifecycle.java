package fr.guichet.tenancy;

import fr.guichet.tenancy.internal.TenantRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suspends and resumes tenants and gives them custom domains. */
@Service
public class TenantLifecycle {

    private final TenantRepository tenants;
    private final OperatorScopes scopes;
    private final HostingProperties hosting;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantLifecycle(TenantRepository tenants, OperatorScopes scopes, HostingProperties hosting,
            ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.scopes = scopes;
        this.hosting = hosting;
        this.events = events;
        this.clock = clock;
    }

    /** Closes the tenant's portal and back office; {@code message} is shown on its 503 page. */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public Tenant suspend(TenantId id, String message) {
        if (message.strip().length() > 500) {
            throw new InvalidTenantRequest("Le message de suspension ne doit pas dépasser 500 caractères.");
        }
        Tenant tenant = load(id);
        return save(tenant.suspended(message.strip(), clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public Tenant resume(TenantId id) {
        return save(load(id).resumed(clock.instant()));
    }

    /** Closes the tenant for good: its portal and back office answer "not found"; its data are kept. */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public Tenant archive(TenantId id) {
        return save(load(id).archived(clock.instant()));
    }

    /** Makes the tenant answer on a custom domain too (its DNS must point to this instance). */
    @Transactional
    @PreAuthorize("hasAnyRole('OPERATOR', 'EPCI_ADMIN')")
    public Tenant addHost(TenantId id, String host) {
        Tenant tenant = load(id);
        String normalised = host.strip().toLowerCase(Locale.ROOT);
        if (!HostNames.isValid(normalised) || !normalised.contains(".")) {
            throw new InvalidTenantRequest("« " + host.strip() + " » n’est pas un nom de domaine valide "
                    + "(exemple : demarches.ville-exemple.fr).");
        }
        if (normalised.equals(hosting.operatorHost()) || tenants.hostExists(normalised)) {
            throw new InvalidTenantRequest("L’adresse " + normalised + " est déjà utilisée.");
        }
        tenants.insertHost(id, normalised, false, clock.instant());
        events.publishEvent(new TenantChanged(id));
        return tenants.findById(tenant.id()).orElseThrow();
    }

    private Tenant load(TenantId id) {
        return tenants.findById(id).filter(scopes::maySee)
                .orElseThrow(() -> new InvalidTenantRequest("Cette collectivité n’existe pas ou plus."));
    }

    private Tenant save(Tenant changed) {
        Tenant saved = tenants.update(changed);
        events.publishEvent(new TenantChanged(saved.id()));
        return saved;
    }
}
