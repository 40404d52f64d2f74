package fr.guichet.search;

import fr.guichet.tenancy.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a tenant's reindexing stands.
 *
 * @param total requests to index (known once counted)
 * @param done requests indexed so far
 * @param failure what went wrong, in English for the logs, when {@link State#FAILED}
 */
public record ReindexProgress(TenantId tenant, State state, long total, long done, Instant startedAt,
        @Nullable Instant endedAt, @Nullable String failure) {

    public enum State {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Between 0 and 1. */
    public double fraction() {
        if (state == State.DONE) {
            return 1;
        }
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }
}
