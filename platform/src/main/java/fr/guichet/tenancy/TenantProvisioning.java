package fr.guichet.tenancy;

import fr.guichet.tenancy.internal.TenantRepository;
import fr.guichet.tenancy.internal.TenantSchemas;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provisions a commune or an EPCI: register (PROVISIONING), create its schema, migrate it, then activate it and
 * publish {@link TenantProvisioned} in one transaction. Idempotent: an active tenant asked again is returned as is;
 * a registration left by a crash is resumed. Any failure after registration drops what this call made, so nothing
 * half-made remains and a retry starts clean.
 */
@Service
public class TenantProvisioning {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

    private final TenantRepository tenants;
    private final TenantSchemas schemas;
    private final ProvisioningValidation validation;
    private final HostingProperties hosting;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    TenantProvisioning(TenantRepository tenants, TenantSchemas schemas, ProvisioningValidation validation,
            HostingProperties hosting, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.tenants = tenants;
        this.schemas = schemas;
        this.validation = validation;
        this.hosting = hosting;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Provisions as described above; {@code progress} hears of each step as it completes. */
    @PreAuthorize("hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.mayProvisionUnder(#request.parentEpci()))")
    public ProvisioningResult provision(ProvisioningRequest request, ProvisioningProgress progress) {
        Optional<Tenant> existing = tenants.findByOfficialCode(request.kind(), request.officialCode());
        if (existing.isPresent() && existing.get().status() != TenantStatus.PROVISIONING) {
            return alreadyThere(existing.get(), request);
        }
        Tenant registered = existing.orElseGet(() -> register(request));
        boolean schemaExisted = schemas.exists(registered.schema());
        Tenant active;
        try {
            progress.stepDone(ProvisioningStep.REGISTERED);
            schemas.create(registered.schema());
            progress.stepDone(ProvisioningStep.SCHEMA_CREATED);
            int version = schemas.migrate(registered.schema());
            progress.stepDone(ProvisioningStep.SCHEMA_MIGRATED);
            active = activate(registered, version);
        } catch (RuntimeException e) {
            log.warn("Provisioning of {} failed, rolling back what was made", registered.slug(), e);
            undo(registered, schemaExisted);
            throw e;
        }
        progress.stepDone(ProvisioningStep.ACTIVATED);
        log.info("Provisioned tenant {} ({} {}) at {}", active.slug(), active.kind(), active.officialCode(),
                active.defaultHost());
        return new ProvisioningResult(active, false);
    }

    /** The slug to propose for a commune: derived from its name, made unique when the name is common. */
    @PreAuthorize("hasAnyRole('OPERATOR', 'EPCI_ADMIN')")
    public String suggestSlug(fr.guichet.territories.OfficialCommune commune) {
        return validation.freeSlugFor(commune);
    }

    private ProvisioningResult alreadyThere(Tenant tenant, ProvisioningRequest request) {
        if (tenant.slug().equals(request.slug()) && tenant.isActive()) {
            return new ProvisioningResult(tenant, true);
        }
        String what = tenant.kind() == TenantKind.COMMUNE ? "La commune " : "L’intercommunalité ";
        throw new InvalidTenantRequest(what + tenant.officialName() + " est déjà raccordée : son portail répond à "
                + "l’adresse " + tenant.defaultHost() + ".");
    }

    private Tenant register(ProvisioningRequest request) {
        ValidatedRequest valid = validation.validate(request);
        var now = clock.instant();
        String slug = request.slug();
        Tenant tenant = new Tenant(TenantId.random(), slug, request.kind(), valid.officialName(),
                request.officialCode(), request.parentEpci(), TenantStatus.PROVISIONING, null,
                TenantSchemas.schemaFor(slug), 0, List.of(hosting.defaultHostFor(slug)), now, now, 0);
        try {
            tx.executeWithoutResult(status -> tenants.insert(tenant));
        } catch (org.springframework.dao.DuplicateKeyException race) {
            validation.validate(request);
            throw new InvalidTenantRequest("Cette collectivité vient d’être enregistrée par ailleurs. Actualisez la page.");
        }
        return tenant;
    }

    private Tenant activate(Tenant registered, int version) {
        return tx.execute(status -> {
            Tenant current = tenants.findById(registered.id()).orElseThrow();
            Tenant active = tenants.update(current.activated(version, clock.instant()));
            events.publishEvent(new TenantProvisioned(active.id(), active.slug(), active.kind(),
                    active.officialName(), active.parentId()));
            events.publishEvent(new TenantChanged(active.id()));
            return active;
        });
    }

    private void undo(Tenant registered, boolean schemaExisted) {
        try {
            boolean stillProvisioning = tenants.findById(registered.id())
                    .map(t -> t.status() == TenantStatus.PROVISIONING).orElse(true);
            if (!stillProvisioning) {
                return;
            }
            if (!schemaExisted) {
                schemas.drop(registered.schema());
            }
            tx.executeWithoutResult(status -> tenants.deleteProvisioning(registered.id()));
        } catch (RuntimeException cleanup) {
            log.error("Could not clean up failed provisioning of {}; a retry will resume it", registered.slug(), cleanup);
        }
    }
}
