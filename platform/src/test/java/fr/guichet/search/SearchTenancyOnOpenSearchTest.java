package fr.guichet.search;

import fr.guichet.testsupport.OnOpenSearch;

/** {@link SearchTenancyTest}'s tests against a real OpenSearch 2.19 node (Elasticsearch/OpenSearch backend). */
@OnOpenSearch
class SearchTenancyOnOpenSearchTest extends SearchTenancyTest {

    @Override
    String expectedEngine() {
        return "OpenSearch 2.19.6";
    }

    @Override
    String expectedClusterStatus() {
        return "green";
    }
}
