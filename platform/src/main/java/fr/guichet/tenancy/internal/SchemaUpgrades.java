package fr.guichet.tenancy.internal;

import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantChanged;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Upgrades tenant schemas left behind by a new release, in the background after start-up and on first use, one
 * at a time on a dedicated thread. Until a tenant is upgraded, the tenant filter shows a maintenance page instead
 * of serving its data with an old schema.
 */
@Component
public class SchemaUpgrades implements DisposableBean {

    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(SchemaUpgrades.class);

    private final TenantRepository tenants;
    private final TenantSchemas schemas;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("tenant-schema-upgrades").daemon().factory());

    SchemaUpgrades(TenantRepository tenants, TenantSchemas schemas, ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.schemas = schemas;
        this.events = events;
        this.clock = clock;
    }

    public boolean isBehind(Tenant tenant) {
        return tenant.schemaVersion() < schemas.latestVersion();
    }

    /** Queues the upgrade of one tenant (first use); does nothing if it is already queued. */
    public void requestUpgrade(Tenant tenant) {
        if (queued.add(tenant.slug())) {
            worker.execute(() -> upgrade(tenant));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void upgradeAllInBackground() {
        worker.execute(this::upgradeAll);
    }

    /** Upgrades every tenant that is behind, batch by batch; returns how many were upgraded. */
    public int upgradeAll() {
        int done = 0;
        List<Tenant> behind;
        while (!(behind = tenants.findBehindSchema(schemas.latestVersion(), BATCH)).isEmpty()) {
            int before = done;
            for (Tenant tenant : behind) {
                done += upgrade(tenant) ? 1 : 0;
            }
            if (done == before) {
                break;
            }
        }
        if (done > 0) {
            log.info("Upgraded {} tenant schema(s) to V{}", done, schemas.latestVersion());
        }
        return done;
    }

    private boolean upgrade(Tenant stale) {
        try {
            Tenant tenant = tenants.findById(stale.id()).orElse(stale);
            if (!isBehind(tenant)) {
                return false;
            }
            int version = schemas.migrate(tenant.schema());
            tenants.update(tenant.migratedTo(version, clock.instant()));
            events.publishEvent(new TenantChanged(tenant.id()));
            return true;
        } catch (RuntimeException e) {
            log.error("Schema upgrade of tenant {} failed; it stays in maintenance", stale.slug(), e);
            return false;
        } finally {
            queued.remove(stale.slug());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
