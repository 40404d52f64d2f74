package fr.guichet.tenancy.internal;

import fr.guichet.tenancy.HostResolution;
import fr.guichet.tenancy.Site;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place that binds the tenant context: resolves the Host header of every request (Vaadin's included), runs
 * the rest of the chain for that tenant and clears the context in {@code finally}. Runs before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantFilter extends OncePerRequestFilter {

    private final HostResolution hosts;
    private final SchemaUpgrades upgrades;

    TenantFilter(HostResolution hosts, SchemaUpgrades upgrades) {
        this.hosts = hosts;
        this.upgrades = upgrades;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Site site = hosts.resolve(Objects.requireNonNullElse(request.getHeader("Host"), ""));
        request.setAttribute(Site.REQUEST_ATTRIBUTE, site);
        switch (site) {
            case Site.Invalid _ -> ErrorPages.invalidHost(response);
            case Site.Unknown _ -> ErrorPages.unknownHost(response);
            case Site.Operator _ -> chain.doFilter(request, response);
            case Site.OfTenant(Tenant tenant) -> serve(tenant, request, response, chain);
        }
    }

    private void serve(Tenant tenant, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (tenant.status()) {
            case PROVISIONING, ARCHIVED -> ErrorPages.unknownHost(response);
            case SUSPENDED -> ErrorPages.suspended(response, tenant.officialName(),
                    Objects.requireNonNullElse(tenant.statusMessage(), ""));
            case ACTIVE -> {
                if (upgrades.isBehind(tenant)) {
                    upgrades.requestUpgrade(tenant);
                    ErrorPages.maintenance(response, tenant.officialName());
                    return;
                }
                TenantContext.set(tenant.asCurrent());
                try {
                    chain.doFilter(request, response);
                } finally {
                    TenantContext.clear();
                }
            }
        }
    }
}
