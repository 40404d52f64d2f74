package fr.guichet.drafts;

import fr.guichet.tenancy.ServedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, tenant by tenant, the answers of drafts past their expiry (30 days after their last save by default),
 * every hour by default; the files they held are then left to the attachments' cleanup.
 */
@Component
public class ExpiredDraftsPurge {

    /** The tenant migration that created the drafts table: tenants behind it have nothing to purge. */
    static final int SCHEMA_VERSION = 8;
    private static final Logger LOG = LoggerFactory.getLogger(ExpiredDraftsPurge.class);

    private final ServedTenants tenants;
    private final Drafts drafts;

    ExpiredDraftsPurge(ServedTenants tenants, Drafts drafts) {
        this.tenants = tenants;
        this.drafts = drafts;
    }

    @Scheduled(initialDelayString = "${guichet.drafts.purge-interval:PT1H}",
            fixedDelayString = "${guichet.drafts.purge-interval:PT1H}")
    void scheduled() {
        run();
    }

    /** Purges every tenant served; how many drafts were purged. */
    public int run() {
        int purged = tenants.sum(SCHEMA_VERSION, "Purge of expired drafts", drafts::purgeExpired);
        if (purged > 0) {
            LOG.info("Purged the answers of {} expired draft(s)", purged);
        }
        return purged;
    }
}
