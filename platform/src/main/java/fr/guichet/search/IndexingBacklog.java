package fr.guichet.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's rows in the search outbox, for operators.
 *
 * @param pending changes waiting to be indexed (including those waiting for a retry)
 * @param retrying pending changes that failed at least once
 * @param failed changes given up after the last attempt (kept until retried, or until a later change of the same
 *        request is indexed)
 * @param oldestPending when the oldest pending change was made, if any
 */
public record IndexingBacklog(long pending, long retrying, long failed, @Nullable Instant oldestPending) {
}
