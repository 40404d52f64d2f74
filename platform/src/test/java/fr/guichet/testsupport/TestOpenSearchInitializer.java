package fr.guichet.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Aims the search at this JVM's {@link TestOpenSearch} node instead of embedded Lucene (the Elasticsearch/OpenSearch
 * backend, decision 020), above every other property source. Used through {@link OnOpenSearch}.
 */
public class TestOpenSearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("guichetTestOpenSearch", Map.of(
                "guichet.search.backend", "elasticsearch",
                "guichet.search.elasticsearch.uris", TestOpenSearch.uri().toString(),
                "guichet.search.elasticsearch.index-prefix", "guichet-test-")));
    }
}
