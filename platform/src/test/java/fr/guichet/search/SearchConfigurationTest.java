package fr.guichet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings handed to Hibernate Search for each backend, and the index names on a cluster. */
class SearchConfigurationTest {

    @Test
    void luceneIsNamedExplicitlyWithItsDirectory() {
        Map<String, Object> settings = SearchConfiguration.settings(properties(SearchProperties.Backend.LUCENE,
                new SearchProperties.Elasticsearch(List.of(URI.create("http://localhost:9200")), null, null,
                        "opensearch:2.19", "guichet-")));

        assertThat(settings).containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", Path.of("index").toAbsolutePath().toString())
                .containsEntry("hibernate.search.backend.multi_tenancy.strategy", "discriminator")
                .doesNotContainKey("hibernate.search.backend.uris");
    }

    @Test
    void aClusterIsNamedWithItsNodesCredentialsAndVersionWithoutAskingIt() {
        Map<String, Object> settings = SearchConfiguration.settings(properties(SearchProperties.Backend.ELASTICSEARCH,
                new SearchProperties.Elasticsearch(List.of(URI.create("https://search-1.internal:9200"),
                        URI.create("https://search-2.internal:9200")), "guichet", "secret", "opensearch:2.19",
                        "guichet-prod-")));

        assertThat(settings).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris",
                        "https://search-1.internal:9200,https://search-2.internal:9200")
                .containsEntry("hibernate.search.backend.username", "guichet")
                .containsEntry("hibernate.search.backend.password", "secret")
                .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
                .containsEntry("hibernate.search.backend.version_check.enabled", false)
                .containsEntry("hibernate.search.backend.multi_tenancy.strategy", "discriminator")
                .doesNotContainKey("hibernate.search.backend.directory.root");
    }

    @Test
    void clusterIndexNamesCarryThePrefixAndOnlyOurIndexesAreRecognised() {
        PrefixedIndexLayout layout = new PrefixedIndexLayout("guichet-prod-");

        assertThat(layout.createInitialElasticsearchIndexName("requests")).isEqualTo("guichet-prod-requests-000001");
        assertThat(layout.createWriteAlias("requests")).isEqualTo("guichet-prod-requests-write");
        assertThat(layout.createReadAlias("requests")).isEqualTo("guichet-prod-requests-read");
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("guichet-prod-requests-000002"))
                .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("requests"));
        assertThatThrownBy(() -> layout.extractUniqueKeyFromElasticsearchIndexName("other-requests-000001"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SearchProperties properties(SearchProperties.Backend backend,
            SearchProperties.Elasticsearch cluster) {
        return new SearchProperties(backend, Path.of("index"), cluster, 200, 20, 5000, "read-sync");
    }
}
