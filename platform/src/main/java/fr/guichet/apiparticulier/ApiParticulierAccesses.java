package fr.guichet.apiparticulier;

import fr.guichet.secrets.SecretKeys;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants' API Particulier accesses: managed by platform operators in tenant-admin, the token encrypted with
 * {@link SecretKeys} bound to the tenant, read back (decrypted) only to call API Particulier on that tenant's behalf.
 */
@Service
public class ApiParticulierAccesses {

    private static final Logger log = LoggerFactory.getLogger(ApiParticulierAccesses.class);

    /** What a call needs: where, with which token, for which recipient. Never logged. */
    record Connection(String baseUrl, String token, String siret) {

        @Override
        public String toString() {
            return "Connection[" + baseUrl + ", recipient " + siret + "]";
        }
    }

    private final AccessStore store;
    private final SecretKeys keys;
    private final Clock clock;

    ApiParticulierAccesses(AccessStore store, SecretKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** The tenant's access as operators see it (no token). */
    @PreAuthorize("hasRole('OPERATOR')")
    public Optional<ApiParticulierAccess> of(Tenant tenant) {
        return store.find(tenant.id()).map(AccessStore.Row::access);
    }

    /**
     * Stores the tenant's access once every field passes its checks; a blank token keeps the stored one.
     *
     * @throws InvalidAccess with every problem, in French, before anything is written
     */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public ApiParticulierAccess save(Tenant tenant, AccessChange change) {
        Optional<AccessStore.Row> current = store.find(tenant.id());
        AccessChecks.Clean clean = AccessChecks.check(change, current.isPresent());
        if (!keys.configured()) {
            throw new InvalidAccess(List.of("Aucune clé de chiffrement n’est configurée sur ce serveur "
                    + "(GUICHET_SECRETS_KEYS) : le jeton ne peut pas être enregistré."));
        }
        String owner = tenant.id().toString();
        String token = clean.token().isEmpty() ? keys.decrypt(current.orElseThrow().sealedToken(), owner)
                : clean.token();
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        store.save(tenant.id(), clean, keys.encrypt(token, owner), clock.instant(), by);
        log.info("API Particulier access of tenant {} saved by {} (environment {}, recipient {})", tenant.slug(), by,
                clean.environment(), clean.siret());
        return store.find(tenant.id()).orElseThrow().access();
    }

    /** Removes the tenant's access: its forms ask for documents again. */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public void remove(Tenant tenant) {
        if (store.remove(tenant.id())) {
            log.info("API Particulier access of tenant {} removed", tenant.slug());
        }
    }

    /** The tenant's connection, the token decrypted; empty without access or when the token cannot be decrypted. */
    Optional<Connection> connection(TenantId tenant) {
        return store.find(tenant).flatMap(row -> {
            try {
                return Optional.of(new Connection(row.baseUrl(), keys.decrypt(row.sealedToken(), tenant.toString()),
                        row.siret()));
            } catch (IllegalStateException e) {
                log.error("API Particulier access of tenant {} unusable: {}", tenant, e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Re-encrypts every token still under an older key with the current one (key rotation, at start-up). */
    @Transactional
    public int reencryptUnderCurrentKey() {
        int done = keys.reencryptUnderCurrentKey(store::underOtherKey, row -> row.tenant().toString(),
                AccessStore.Row::sealedToken, (row, sealed) -> store.reseal(row.tenant(), sealed));
        if (done > 0) {
            log.info("Re-encrypted {} API Particulier tokens under key {}", done, keys.currentKeyId());
        }
        return done;
    }

    @EventListener
    void reencryptAtStartUp(ApplicationReadyEvent ready) {
        // Through the proxy, for the transaction.
        ready.getApplicationContext().getBean(ApiParticulierAccesses.class).reencryptUnderCurrentKey();
    }
}
