package fr.guichet.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This node's poller of the search outbox: one thread of its own (a slow mail server delaying the notifications'
 * poller never delays search), looking every {@code guichet.search.outbox.poller.interval} (200 ms by default) and
 * at once again after a full run.
 */
final class OutboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxIndexing indexing;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    OutboxPoller(OutboxIndexing indexing, Duration interval) {
        this.indexing = indexing;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-outbox")
                    .daemon().factory());
            executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void poll() {
        try {
            indexing.indexDue();
        } catch (RuntimeException e) {
            // Never let one failure stop the schedule: the rows stay and are claimed again after their lease.
            log.error("The search outbox poller failed; it will try again", e);
        }
    }
}
