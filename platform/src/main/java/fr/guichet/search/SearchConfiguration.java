package fr.guichet.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search inside the tenants' Hibernate: Lucene named explicitly (another backend may sit on the class path),
 * the index under {@link SearchProperties#directory()}, one index for every tenant with the tenant (its schema, which
 * is Hibernate's tenant identifier) as a discriminator, so a commune provisioned at run time is indexed and searched
 * with no list of tenants to configure (decision 016).
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
        return Map.of(
                "hibernate.search.mapping.process_annotations", false,
                "hibernate.search.mapping.configurer", List.of(BeanReference.ofInstance(new RequestMapping()),
                        BeanReference.ofInstance(new CatalogMapping())),
                "hibernate.search.backend.type", "lucene",
                "hibernate.search.backend.lucene_version", "9.12",
                "hibernate.search.backend.directory.root", properties.directory().toAbsolutePath().toString(),
                "hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new FrenchAnalysis()),
                "hibernate.search.backend.multi_tenancy.strategy", "discriminator",
                // async: the submission does not wait for the index (searchable milliseconds later; decision 016);
                // the index is committed to disk every second (io.commit_interval).
                "hibernate.search.indexing.plan.synchronization.strategy", properties.synchronization());
    }
}
