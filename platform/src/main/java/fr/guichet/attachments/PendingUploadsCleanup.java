package fr.guichet.attachments;

import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantDirectory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, tenant by tenant, the files uploaded for a request that was never submitted, once they are older than
 * the retention (24 hours): one small indexed delete per tenant and run, every hour by default.
 */
@Component
public class PendingUploadsCleanup {

    /** The tenant migration that created the attachments table: tenants behind it have nothing to clean. */
    static final int SCHEMA_VERSION = 7;
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PendingUploadsCleanup.class);

    private final TenantDirectory tenants;
    private final Attachments attachments;

    PendingUploadsCleanup(TenantDirectory tenants, Attachments attachments) {
        this.tenants = tenants;
        this.attachments = attachments;
    }

    @Scheduled(initialDelayString = "${guichet.attachments.cleanup-interval:PT1H}",
            fixedDelayString = "${guichet.attachments.cleanup-interval:PT1H}")
    void scheduled() {
        run();
    }

    /** Visits every tenant served; a tenant that fails is logged and skipped. How many files were deleted. */
    public int run() {
        int deleted = 0;
        String after = "";
        List<Tenant> batch;
        while (!(batch = tenants.servedBatch(SCHEMA_VERSION, after, BATCH)).isEmpty()) {
            for (Tenant tenant : batch) {
                try {
                    deleted += TenantContext.supplyAs(tenant.asCurrent(), attachments::deleteExpiredPending);
                } catch (RuntimeException e) {
                    LOG.warn("Cleanup of pending attachments failed for tenant {}", tenant.slug(), e);
                }
            }
            after = batch.getLast().slug();
        }
        if (deleted > 0) {
            LOG.info("Deleted {} pending attachment(s) older than the retention", deleted);
        }
        return deleted;
    }
}
