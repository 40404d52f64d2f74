package fr.guichet.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which way changes reach the index (decision 017): {@code guichet.search.indexing=direct} (default) keeps Hibernate
 * Search's automatic indexing; {@code outbox} turns its listeners off, registers {@link OutboxListener} on the
 * tenants' Hibernate and starts this node's {@link OutboxPoller}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexingProperties.class)
class OutboxConfiguration {

    @Bean
    HibernatePropertiesCustomizer indexingMode(IndexingProperties properties) {
        return hibernate -> hibernate.put("hibernate.search.indexing.listeners.enabled", !properties.outboxMode());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "guichet.search.indexing", havingValue = "outbox")
    static class OutboxMode {

        @Bean
        OutboxListener searchOutboxListener(EntityManagerFactory entityManagerFactory, Clock clock) {
            OutboxListener listener = new OutboxListener(clock);
            EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                    .getServiceRegistry().requireService(EventListenerRegistry.class);
            registry.appendListeners(EventType.POST_INSERT, listener);
            registry.appendListeners(EventType.POST_UPDATE, listener);
            registry.appendListeners(EventType.POST_DELETE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
            registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
            return listener;
        }

        @Bean
        @ConditionalOnProperty(name = "guichet.search.outbox.poller.enabled", havingValue = "true",
                matchIfMissing = true)
        OutboxPoller searchOutboxPoller(OutboxIndexing indexing, IndexingProperties properties) {
            return new OutboxPoller(indexing, properties.outbox().poller().interval());
        }
    }
}
