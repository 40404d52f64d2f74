package fr.guichet.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requests are indexed and searched (docs/search.md).
 *
 * @param backend where the index lives: {@code lucene} (default, embedded, one application node) or
 *        {@code elasticsearch} (an Elasticsearch or OpenSearch cluster, for several nodes; decision 020)
 * @param directory where the Lucene index lives, one sub-directory per index (under the application's data directory
 *        by default; tests use a temporary directory)
 * @param elasticsearch the cluster, when {@code backend} is {@code elasticsearch}
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
        @DefaultValue("lucene") Backend backend,
        @DefaultValue("data/search-index") Path directory,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("20") int maxQueryTerms,
        @DefaultValue("5000") long timeoutMillis,
        @DefaultValue("async") String synchronization) {

    /** The search engines requests can be indexed in. */
    public enum Backend {
        /** Lucene inside the application, its index in {@link SearchProperties#directory()}. */
        LUCENE,
        /** An Elasticsearch or OpenSearch cluster over HTTP(S). */
        ELASTICSEARCH
    }

    /**
     * An Elasticsearch or OpenSearch cluster.
     *
     * @param uris the nodes the application talks to, e.g. {@code https://search-1.internal:9200}
     *        (protocol, host and port; every node of a list must use the same protocol)
     * @param username HTTP basic authentication, if the cluster asks for it
     * @param password its password (give it through the environment, never in a committed file)
     * @param version the engine and version the cluster runs, {@code opensearch:2.19} by default: Hibernate Search
     *        needs it because it does not ask the cluster at start-up (the application starts even when the cluster is
     *        briefly unreachable); see Hibernate Search's {@code hibernate.search.backend.version}
     * @param indexPrefix put before every index and alias name ({@code guichet-requests-000001},
     *        {@code guichet-requests-read}...), so several environments can share one cluster
     */
    public record Elasticsearch(
            @DefaultValue("http://localhost:9200") List<URI> uris,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("opensearch:2.19") String version,
            @DefaultValue("guichet-") String indexPrefix) {
    }
}
