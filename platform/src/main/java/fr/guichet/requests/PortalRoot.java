package fr.guichet.requests;

import fr.guichet.identity.CitizenLinks;
import fr.guichet.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The root of the current tenant's portal, for links in notifications: the address the current web request came to
 * (portal and back office share the commune's host), else the tenant's default host over HTTPS.
 */
@Component
class PortalRoot {

    private final TenantDirectory directory;

    PortalRoot(TenantDirectory directory) {
        this.directory = directory;
    }

    String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return CitizenLinks.portalRoot(request);
        }
        return "https://" + directory.current().defaultHost() + "/";
    }
}
