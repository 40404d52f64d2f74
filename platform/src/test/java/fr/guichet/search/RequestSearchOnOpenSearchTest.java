package fr.guichet.search;

import fr.guichet.testsupport.OnOpenSearch;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.engine.backend.Backend;

/** {@link RequestSearchTest}'s tests against a real OpenSearch 2.19 node (Elasticsearch/OpenSearch backend). */
@OnOpenSearch
class RequestSearchOnOpenSearchTest extends RequestSearchTest {

    @Override
    Class<? extends Backend> expectedBackend() {
        return ElasticsearchBackend.class;
    }
}
