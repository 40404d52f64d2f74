package fr.guichet.tenancy.internal;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two transaction managers, on purpose (docs/decisions/002-schema-per-tenant.md): the primary one is plain JDBC for
 * the control plane and Spring Modulith's event registry; {@code tenantTransactionManager} is JPA, bound to the
 * tenant of the context through Hibernate's schema multi-tenancy.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "fr.guichet", transactionManagerRef = TenantPersistenceConfiguration.TENANT_TX)
class TenantPersistenceConfiguration {

    static final String TENANT_TX = "tenantTransactionManager";

    @Bean
    HibernatePropertiesCustomizer schemaMultiTenancy(SchemaPerTenantConnectionProvider connections,
            ContextTenantResolver resolver) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean(TENANT_TX)
    PlatformTransactionManager tenantTransactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantJpaTransactionManager(entityManagerFactory);
    }

    /** Tenant connections are not the control plane's: never expose them to JDBC code in the same thread. */
    static final class TenantJpaTransactionManager extends JpaTransactionManager {

        TenantJpaTransactionManager(EntityManagerFactory entityManagerFactory) {
            super(entityManagerFactory);
        }

        @Override
        public void afterPropertiesSet() {
            super.afterPropertiesSet();
            setDataSource(null);
        }
    }
}
