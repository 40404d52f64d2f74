/**
 * What the control plane's transactional outboxes share (notifications, decision 010; search indexing, decision
 * 017): each keeps its own table and claim query, written in the tenant's transaction and served by one poller per
 * node for every tenant; failed rows come back after a backoff with jitter.
 */
@NullMarked
package fr.guichet.outbox;

import org.jspecify.annotations.NullMarked;
