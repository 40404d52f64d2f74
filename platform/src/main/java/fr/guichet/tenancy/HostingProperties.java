package fr.guichet.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the instance answers.
 *
 * @param tenantDomain parent domain of default tenant hosts: {@code <slug>.<tenantDomain>}
 * @param operatorHost host serving tenant-admin
 * @param cacheSize host-resolution cache entries
 * @param cacheSeconds how long another node's tenant change may take to be seen here
 */
@ConfigurationProperties("guichet.hosting")
public record HostingProperties(
        @DefaultValue("localhost") String tenantDomain,
        @DefaultValue("admin.localhost") String operatorHost,
        @DefaultValue("100000") long cacheSize,
        @DefaultValue("30") long cacheSeconds) {

    /** The default host of a tenant with this slug. */
    public String defaultHostFor(String slug) {
        return slug + "." + tenantDomain;
    }
}
