package fr.guichet.search;

import java.time.Instant;
import java.util.UUID;

/**
 * A change the outbox could not index yet: the error is in French for operators (the technical detail is in the
 * log); {@code failed} when given up, else retried at {@code nextAttempt}.
 */
public record IndexingFailure(UUID requestId, Instant changedAt, int attempts, String error, boolean failed,
        Instant nextAttempt) {
}
