package fr.guichet.search;

import fr.guichet.testsupport.OnOpenSearch;

/** {@link SearchTenancyTest}'s tests against a real OpenSearch 2.19 node (Elasticsearch/OpenSearch backend). */
@OnOpenSearch
class SearchTenancyOnOpenSearchTest extends SearchTenancyTest {

    /**
     * Fewer rows than on Lucene: mass indexing goes through the node's HTTP bulk API, and the node shares the test
     * machine's cores, so 20,000 rows would cost the suite about a minute more; 2,000 still exercise batches (of 100),
     * progress and cancel.
     */
    @Override
    int importedRows() {
        return 2_000;
    }

    @Override
    String expectedEngine() {
        return "OpenSearch 2.19.6";
    }

    @Override
    String expectedClusterStatus() {
        return "green";
    }
}
