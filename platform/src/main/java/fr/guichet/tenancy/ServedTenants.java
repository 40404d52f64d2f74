package fr.guichet.tenancy;

import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs background work in every tenant served (active or suspended) whose schema has reached a migration, one
 * tenant at a time, in batches read from the control plane; a tenant whose work fails is logged and skipped. For the
 * scheduled clean-ups (pending attachments, expired drafts).
 */
@Component
public class ServedTenants {

    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ServedTenants.class);

    private final TenantDirectory tenants;

    ServedTenants(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /**
     * Runs {@code work} as each tenant whose schema is at {@code schemaVersion} or later.
     *
     * @param task what the work is, for the log
     * @return the sum of what {@code work} returned (how many rows it changed, say)
     */
    public int sum(int schemaVersion, String task, IntSupplier work) {
        int total = 0;
        String after = "";
        List<Tenant> batch;
        while (!(batch = tenants.servedBatch(schemaVersion, after, BATCH)).isEmpty()) {
            for (Tenant tenant : batch) {
                try {
                    total += TenantContext.supplyAs(tenant.asCurrent(), work::getAsInt);
                } catch (RuntimeException e) {
                    LOG.warn("{} failed for tenant {}", task, tenant.slug(), e);
                }
            }
            after = batch.getLast().slug();
        }
        return total;
    }
}
