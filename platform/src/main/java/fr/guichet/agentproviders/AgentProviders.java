package fr.guichet.agentproviders;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.identity.ProviderAccounts;
import fr.guichet.secrets.SecretKeys;
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
 * Tenants' identity providers for their agents: managed in tenant-admin by platform operators, and by an EPCI's
 * administrator for the EPCI and its member communes; checked against the issuer's discovery document before
 * anything is written; the secret encrypted ({@link SecretKeys}, bound to the tenant). At run time, the current
 * tenant's provider is resolved from a Caffeine cache keyed by tenant id (its discovery document read again at most
 * every five minutes; emptied for a tenant when its provider changes on this node).
 */
@Service
public class AgentProviders {

    private static final Logger log = LoggerFactory.getLogger(AgentProviders.class);
    static final Duration CACHED_FOR = Duration.ofMinutes(5);
    private static final String MAY_MANAGE =
            "hasRole('OPERATOR') or (hasRole('EPCI_ADMIN') and @operatorScopes.maySee(#tenant))";

    /** What the back office's sign-in page offers: the provider's button, and whether the password form stays. */
    public record Offer(ProviderKind kind, String displayName, boolean localPasswordsAllowed) {
    }

    /** The provider cannot be used now (its discovery document did not answer or changed). */
    static final class Unavailable extends RuntimeException {
        Unavailable(String detail) {
            super(detail);
        }
    }

    private final ProviderStore store;
    private final Discovery discovery;
    private final SecretKeys keys;
    private final Clock clock;
    private final ProviderAccounts accounts;
    private final Cache<TenantId, Optional<ClientRegistration>> registrations = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(CACHED_FOR).build();
    private final Cache<TenantId, Optional<ProviderStore.Row>> rows = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(CACHED_FOR).build();

    AgentProviders(ProviderStore store, Discovery discovery, SecretKeys keys, Clock clock,
            ProviderAccounts accounts) {
        this.accounts = accounts;
        this.store = store;
        this.discovery = discovery;
        this.keys = keys;
        this.clock = clock;
    }

    /** The tenant's provider as administrators see it (no secret). */
    @PreAuthorize(MAY_MANAGE)
    public Optional<AgentProvider> of(Tenant tenant) {
        return store.find(tenant.id()).map(ProviderStore.Row::provider);
    }

    /**
     * Stores the tenant's provider once every field passes its checks and the issuer's discovery document is valid;
     * a blank secret keeps the stored one.
     *
     * @throws InvalidProvider with every problem, in French, before anything is written
     */
    @Transactional
    @PreAuthorize(MAY_MANAGE)
    public AgentProvider save(Tenant tenant, ProviderChange change) {
        Optional<ProviderStore.Row> current = store.find(tenant.id());
        ProviderChecks.Checked clean = ProviderChecks.check(change, current.isPresent());
        if (!keys.configured()) {
            throw new InvalidProvider(List.of("Aucune clé de chiffrement n’est configurée sur ce serveur "
                    + "(GUICHET_SECRETS_KEYS) : le secret ne peut pas être enregistré."));
        }
        try {
            discovery.discover(clean.issuer());
        } catch (Discovery.Failed failed) {
            throw new InvalidProvider(List.of(failed.getMessage()));
        }
        String owner = tenant.id().toString();
        String secret = clean.secret().isEmpty()
                ? keys.decrypt(current.orElseThrow().sealedSecret(), owner) : clean.secret();
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        store.save(new ProviderStore.Row(tenant.id(), clean.kind(), clean.displayName(), clean.issuer(),
                clean.clientId(), keys.encrypt(secret, owner), clean.scopes(), clean.localPasswordsAllowed(),
                clock.instant(), by));
        if (current.isPresent() && (!current.get().issuer().equals(clean.issuer())
                || !current.get().clientId().equals(clean.clientId()))) {
            forgetLinks(tenant);
        }
        forget(tenant.id());
        log.info("Agents' identity provider of tenant {} saved by {} ({} {}, client {}, local passwords {})",
                tenant.slug(), by, clean.kind(), clean.issuer(), clean.clientId(),
                clean.localPasswordsAllowed() ? "allowed" : "refused");
        return store.find(tenant.id()).orElseThrow().provider();
    }

    /** Removes the tenant's provider: its agents sign in with their local password again. */
    @Transactional
    @PreAuthorize(MAY_MANAGE)
    public void remove(Tenant tenant) {
        if (store.remove(tenant.id())) {
            forgetLinks(tenant);
            log.info("Agents' identity provider of tenant {} removed", tenant.slug());
        }
        forget(tenant.id());
    }

    /** What the current tenant's back office offers, if it has a provider. */
    public Optional<Offer> offeredHere() {
        return currentRow().map(row -> new Offer(row.kind(), row.displayName(), row.localPasswordsAllowed()));
    }

    /** Whether agents may sign in with a local password on the current tenant's back office. */
    boolean localPasswordsAllowedHere() {
        return currentRow().map(ProviderStore.Row::localPasswordsAllowed).orElse(true);
    }

    /**
     * The current tenant's client registration for Spring Security, decrypted, its endpoints discovered; empty
     * without tenant or provider.
     *
     * @throws Unavailable when the issuer's discovery document cannot be read now (not cached: asked again next time)
     */
    Optional<ClientRegistration> current() {
        return TenantContext.current().flatMap(tenant -> registrations.get(tenant.id(), this::load));
    }

    private Optional<ProviderStore.Row> currentRow() {
        return TenantContext.current().flatMap(tenant -> rows.get(tenant.id(), store::find));
    }

    private Optional<ClientRegistration> load(TenantId tenant) {
        return rows.get(tenant, store::find).flatMap(row -> {
            String secret;
            try {
                secret = keys.decrypt(row.sealedSecret(), tenant.toString());
            } catch (IllegalStateException e) {
                log.error("Agents' identity provider of tenant {} unusable: {}", tenant, e.getMessage());
                return Optional.empty();
            }
            try {
                return Optional.of(AgentProviderClient.registration(row, secret, discovery.discover(row.issuer())));
            } catch (Discovery.Failed failed) {
                throw new Unavailable("Discovery of " + row.issuer() + " failed: " + failed.getMessage());
            }
        });
    }

    /** Subjects are per provider and client: another issuer or client links each agent again by address. */
    private void forgetLinks(Tenant tenant) {
        TenantContext.runAs(tenant.asCurrent(), accounts::forgetLinks);
    }

    private void forget(TenantId tenant) {
        registrations.invalidate(tenant);
        rows.invalidate(tenant);
    }

    /**
     * Re-encrypts every secret still under an older key with the current one (key rotation, run at start-up).
     *
     * @return how many secrets were re-encrypted
     */
    @Transactional
    public int reencryptUnderCurrentKey() {
        int done = keys.reencryptUnderCurrentKey(store::underOtherKey, row -> row.tenant().toString(),
                ProviderStore.Row::sealedSecret, (row, sealed) -> store.reseal(row.tenant(), sealed));
        if (done > 0) {
            log.info("Re-encrypted {} agents' identity provider secrets under key {}", done, keys.currentKeyId());
        }
        registrations.invalidateAll();
        rows.invalidateAll();
        return done;
    }
}
