package fr.guichet.attachments;

import fr.guichet.tenancy.ServedTenants;
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

    /** The tenant migration that gave the attachments table its drafts' holds (V8): tenants behind it wait. */
    static final int SCHEMA_VERSION = 8;
    private static final Logger LOG = LoggerFactory.getLogger(PendingUploadsCleanup.class);

    private final ServedTenants tenants;
    private final Attachments attachments;

    PendingUploadsCleanup(ServedTenants tenants, Attachments attachments) {
        this.tenants = tenants;
        this.attachments = attachments;
    }

    @Scheduled(initialDelayString = "${guichet.attachments.cleanup-interval:PT1H}",
            fixedDelayString = "${guichet.attachments.cleanup-interval:PT1H}")
    void scheduled() {
        run();
    }

    /** Cleans every tenant served; how many files were deleted. */
    public int run() {
        int deleted = tenants.sum(SCHEMA_VERSION, "Cleanup of pending attachments",
                attachments::deleteExpiredPending);
        if (deleted > 0) {
            LOG.info("Deleted {} pending attachment(s) older than the retention", deleted);
        }
        return deleted;
    }
}
