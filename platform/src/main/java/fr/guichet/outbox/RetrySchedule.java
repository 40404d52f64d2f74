package fr.guichet.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th retry waits about {@code first × 2^(n-1)}, at most {@code max}, give or
 * take a quarter, so that rows that failed together (an SMTP outage, a search engine down) do not all come back at
 * the same second.
 */
public record RetrySchedule(Duration first, Duration max) {

    public Instant after(int attempts, Instant failedAt) {
        long base = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(base <= 0 ? Long.MAX_VALUE : base, max.toMillis());
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        return failedAt.plusMillis(Math.round(capped * jitter));
    }
}
