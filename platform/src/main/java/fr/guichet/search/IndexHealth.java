package fr.guichet.search;

/**
 * How a tenant's part of the index compares with its requests.
 *
 * @param stored requests in the tenant's schema
 * @param indexed documents of the tenant in the index
 * @param indexBytes size of the whole index on disk (every tenant), 0 when unknown
 */
public record IndexHealth(long stored, long indexed, long indexBytes) {

    /** Every request is in the index and nothing else is. */
    public boolean upToDate() {
        return stored == indexed;
    }
}
