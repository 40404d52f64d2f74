package fr.guichet.search;

import org.jspecify.annotations.Nullable;

/**
 * How a tenant's part of the index compares with its requests, and the engine holding the index.
 *
 * @param stored requests in the tenant's schema
 * @param indexed documents of the tenant in the index
 * @param indexBytes size of the whole index (every tenant; primary shards on Elasticsearch/OpenSearch), 0 when unknown
 * @param engine the search engine: {@code Lucene} (embedded) or the cluster's distribution and version, such as
 *        {@code OpenSearch 2.19.6}
 * @param clusterStatus the cluster's health ({@code green}, {@code yellow}, {@code red}, or {@code unreachable});
 *        {@code null} for embedded Lucene, which has no cluster
 */
public record IndexHealth(long stored, long indexed, long indexBytes, String engine, @Nullable String clusterStatus) {

    /** Every request is in the index and nothing else is. */
    public boolean upToDate() {
        return stored == indexed;
    }
}
