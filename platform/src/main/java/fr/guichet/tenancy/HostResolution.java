package fr.guichet.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.tenancy.internal.TenantRepository;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;

/**
 * Finds the site of a Host header. Tenants are cached by host name (Caffeine); every {@link TenantChanged} event
 * empties the cache on this node, and entries expire after a short time so that other nodes follow.
 */
@Service
@EnableConfigurationProperties(HostingProperties.class)
public class HostResolution {

    private final TenantRepository tenants;
    private final HostingProperties hosting;
    private final Cache<String, Optional<Tenant>> byHost;

    HostResolution(TenantRepository tenants, HostingProperties hosting) {
        this.tenants = tenants;
        this.hosting = hosting;
        this.byHost = Caffeine.newBuilder().maximumSize(hosting.cacheSize())
                .expireAfterWrite(Duration.ofSeconds(hosting.cacheSeconds())).build();
    }

    /** The site designated by a raw {@code Host} header value. */
    public Site resolve(String hostHeader) {
        Optional<String> host = HostNames.fromHeader(hostHeader);
        if (host.isEmpty()) {
            return new Site.Invalid();
        }
        if (host.get().equals(hosting.operatorHost())) {
            return new Site.Operator();
        }
        return byHost.get(host.get(), this::load).<Site>map(Site.OfTenant::new).orElseGet(Site.Unknown::new);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TenantChanged event) {
        byHost.invalidateAll();
    }

    private Optional<Tenant> load(String host) {
        return tenants.findIdByHost(host).flatMap(tenants::findById);
    }
}
