package fr.guichet.search;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search inside the tenants' Hibernate, on the backend the configuration names (both are on the class path,
 * so the type is always set explicitly): Lucene embedded, its index under {@link SearchProperties#directory()}
 * (decision 016), or an Elasticsearch/OpenSearch cluster (decision 020). Either way one index for every tenant with
 * the tenant (its schema, which is Hibernate's tenant identifier) as a discriminator, so a commune provisioned at run
 * time is indexed and searched with no list of tenants to configure, and the same French analysis.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer searchSettings(SearchProperties properties) {
        return hibernate -> hibernate.putAll(settings(properties));
    }

    @Bean
    SearchMapping searchMapping(EntityManagerFactory entityManagerFactory) {
        return Search.mapping(entityManagerFactory);
    }

    static Map<String, Object> settings(SearchProperties properties) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "hibernate.search.mapping.process_annotations", false,
                "hibernate.search.mapping.configurer", BeanReference.ofInstance(new RequestMapping()),
                "hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new FrenchAnalysis()),
                "hibernate.search.backend.multi_tenancy.strategy", "discriminator",
                // async: the submission does not wait for the index (searchable milliseconds later; decision 016).
                "hibernate.search.indexing.plan.synchronization.strategy", properties.synchronization()));
        switch (properties.backend()) {
            case LUCENE -> settings.putAll(Map.of(
                    "hibernate.search.backend.type", "lucene",
                    "hibernate.search.backend.lucene_version", "9.12",
                    // the index is committed to disk every second (io.commit_interval's default)
                    "hibernate.search.backend.directory.root", properties.directory().toAbsolutePath().toString()));
            case ELASTICSEARCH -> settings.putAll(elasticsearch(properties.elasticsearch()));
        }
        return settings;
    }

    private static Map<String, Object> elasticsearch(SearchProperties.Elasticsearch cluster) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.uris", cluster.uris().stream().map(URI::toString)
                        .collect(Collectors.joining(",")),
                // The engine and version are given, not asked of the cluster at start-up: the application starts
                // even while the cluster is unreachable, and OpenSearch is named as such (decision 020).
                "hibernate.search.backend.version", cluster.version(),
                "hibernate.search.backend.version_check.enabled", false,
                "hibernate.search.backend.layout.strategy",
                BeanReference.ofInstance(new PrefixedIndexLayout(cluster.indexPrefix()))));
        if (cluster.username() != null) {
            settings.put("hibernate.search.backend.username", cluster.username());
            settings.put("hibernate.search.backend.password", cluster.password() == null ? "" : cluster.password());
        }
        return settings;
    }
}
