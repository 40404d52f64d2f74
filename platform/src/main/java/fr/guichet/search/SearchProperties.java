package fr.guichet.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requests are indexed and searched (docs/search.md).
 *
 * @param directory where the Lucene index lives, one sub-directory per index (under the application's data directory
 *        by default; tests use a temporary directory)
 * @param maxQueryLength characters of a query kept, the rest is cut off and the agent told so
 * @param maxQueryTerms words of a query kept
 * @param synchronization when a transaction's index changes are applied: {@code async} (default: the transaction does
 *        not wait, the change is searchable a few milliseconds later) or {@code read-sync} (the transaction returns
 *        once the change is searchable; the tests use it to search right after a change)
 * @param timeoutMillis a query taking longer returns what it found so far, and the agent is told so (never a
 *        runaway query)
 */
@ConfigurationProperties("guichet.search")
public record SearchProperties(
        @DefaultValue("data/search-index") Path directory,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("20") int maxQueryTerms,
        @DefaultValue("5000") long timeoutMillis,
        @DefaultValue("async") String synchronization) {
}
