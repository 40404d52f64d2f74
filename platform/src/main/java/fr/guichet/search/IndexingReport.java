package fr.guichet.search;

/**
 * What one run of the outbox poller did: requests whose documents were written, documents deleted (requests gone),
 * requests whose indexing failed and will be retried, and those given up.
 */
record IndexingReport(int indexed, int deleted, int retrying, int failed) {

    static final IndexingReport NONE = new IndexingReport(0, 0, 0, 0);

    IndexingReport plus(IndexingReport other) {
        return new IndexingReport(indexed + other.indexed, deleted + other.deleted, retrying + other.retrying,
                failed + other.failed);
    }
}
