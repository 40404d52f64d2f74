package fr.guichet.franceconnect;

import fr.guichet.secrets.SecretKeys;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants' FranceConnect client registrations: managed by platform operators in tenant-admin, the secret encrypted
 * ({@link SecretKeys}), resolved per tenant at run time through a Caffeine cache keyed by tenant id, emptied for a
 * tenant when its registration changes on this node and after five minutes on the others.
 */
@Service
public class FranceConnectRegistrations {

    private static final Logger log = LoggerFactory.getLogger(FranceConnectRegistrations.class);
    static final Duration CACHED_FOR = Duration.ofMinutes(5);

    private final RegistrationStore store;
    private final SecretKeys keys;
    private final Clock clock;
    private final Cache<TenantId, Optional<ClientRegistration>> cache = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(CACHED_FOR).build();

    FranceConnectRegistrations(RegistrationStore store, SecretKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** The tenant's registration as operators see it (no secret). */
    @PreAuthorize("hasRole('OPERATOR')")
    public Optional<FranceConnectRegistration> of(Tenant tenant) {
        return store.find(tenant.id()).map(RegistrationStore.Row::registration);
    }

    /**
     * Stores the tenant's registration once every field passes its checks; a blank secret keeps the stored one.
     *
     * @throws InvalidRegistration with every problem, in French, before anything is written
     */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public FranceConnectRegistration save(Tenant tenant, RegistrationChange change) {
        Optional<RegistrationStore.Row> current = store.find(tenant.id());
        RegistrationChange clean = RegistrationChecks.check(change, current.isPresent());
        if (!keys.configured()) {
            throw new InvalidRegistration(List.of("Aucune clé de chiffrement n’est configurée sur ce serveur "
                    + "(GUICHET_SECRETS_KEYS) : le secret ne peut pas être enregistré."));
        }
        String owner = tenant.id().toString();
        String secret = clean.clientSecret().isEmpty()
                ? keys.decrypt(current.orElseThrow().sealedSecret(), owner) : clean.clientSecret();
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        store.save(tenant.id(), clean.clientId(), keys.encrypt(secret, owner), clean.providerUrl(), clock.instant(),
                by);
        cache.invalidate(tenant.id());
        log.info("FranceConnect registration of tenant {} saved by {} (client {}, provider {})", tenant.slug(), by,
                clean.clientId(), clean.providerUrl());
        return store.find(tenant.id()).orElseThrow().registration();
    }

    /** Removes the tenant's registration: its portal stops offering FranceConnect. */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public void remove(Tenant tenant) {
        if (store.remove(tenant.id())) {
            log.info("FranceConnect registration of tenant {} removed", tenant.slug());
        }
        cache.invalidate(tenant.id());
    }

    /** Whether the current tenant's portal offers FranceConnect (it has a registration). */
    public boolean offeredHere() {
        return current().isPresent();
    }

    /** The current tenant's client registration for Spring Security, decrypted; empty without tenant or registration. */
    Optional<ClientRegistration> current() {
        return TenantContext.current().flatMap(tenant -> cache.get(tenant.id(), this::load));
    }

    private Optional<ClientRegistration> load(TenantId tenant) {
        return store.find(tenant).flatMap(row -> {
            try {
                return Optional.of(FranceConnectProvider.registration(row.clientId(),
                        keys.decrypt(row.sealedSecret(), tenant.toString()), row.providerUrl()));
            } catch (IllegalStateException e) {
                log.error("FranceConnect registration of tenant {} unusable: {}", tenant, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * Re-encrypts every secret still under an older key with the current one (key rotation, run at start-up); the
     * older key can leave the configuration once this logs that none is left.
     *
     * @return how many secrets were re-encrypted
     */
    @Transactional
    public int reencryptUnderCurrentKey() {
        int done = keys.reencryptUnderCurrentKey(store::underOtherKey, row -> row.tenant().toString(),
                RegistrationStore.Row::sealedSecret, (row, sealed) -> store.reseal(row.tenant(), sealed));
        if (done > 0) {
            log.info("Re-encrypted {} FranceConnect secrets under key {}", done, keys.currentKeyId());
        }
        cache.invalidateAll();
        return done;
    }
}
