package fr.guichet.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How changes reach the index ({@code guichet.search.indexing}, {@code guichet.search.outbox.*}; docs/search.md,
 * decision 017). Kept apart from {@link SearchProperties} (backend and queries): the same prefix, other keys.
 *
 * @param indexing {@code direct}: Hibernate Search's automatic indexing when the tenant's transaction commits (one
 *        node, Lucene); {@code outbox}: changes are marked in {@code platform.search_outbox} in the tenant's
 *        transaction and indexed by one poller per node (several nodes, Elasticsearch/OpenSearch)
 * @param outbox the outbox poller's settings
 */
@ConfigurationProperties("guichet.search")
record IndexingProperties(@DefaultValue("direct") Mode indexing, @DefaultValue Outbox outbox) {

    enum Mode { DIRECT, OUTBOX }

    boolean outboxMode() {
        return indexing == Mode.OUTBOX;
    }

    /**
     * @param poller whether this node polls the outbox (on by default in outbox mode), and how often it looks
     * @param batchSize rows claimed at once by one node
     * @param maxAttempts attempts before a row is marked failed (kept and shown to operators)
     * @param firstRetry delay before the second attempt; it doubles at each attempt, with jitter, up to
     *        {@code maxRetry}
     * @param lease how long claimed rows stay reserved to the node indexing them; a node that stops mid-way leaves
     *        them to be claimed again after that
     */
    record Outbox(
            @DefaultValue Poller poller,
            @DefaultValue("200") int batchSize,
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("10s") Duration firstRetry,
            @DefaultValue("10m") Duration maxRetry,
            @DefaultValue("1m") Duration lease) {
    }

    record Poller(@DefaultValue("true") boolean enabled, @DefaultValue("200ms") Duration interval) {
    }
}
