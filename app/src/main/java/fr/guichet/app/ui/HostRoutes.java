package fr.guichet.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.guichet.admin.TenantAdminModule;
import fr.guichet.backoffice.BackofficeModule;
import fr.guichet.portal.PortalModule;
import fr.guichet.tenancy.Site;
import java.util.List;
import java.util.stream.Stream;


/**
 * Routes are per host, not global: a Vaadin session belongs to one host, so at session start the views of that
 * host's modules are registered for the session only (portal + back office on a tenant's host, tenant-admin on the
 * operator host). A portal view is thus unreachable from the operator host and vice versa (decision 001).
 */
@org.springframework.stereotype.Component
class HostRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(this::registerRoutes);
    }

    private void registerRoutes(SessionInitEvent event) {
        Object site = event.getRequest().getAttribute(Site.REQUEST_ATTRIBUTE);
        List<Class<? extends Component>> views = switch (site) {
            case Site.OfTenant _ -> Stream.concat(PortalModule.views().stream(), BackofficeModule.views().stream())
                    .toList();
            case Site.Operator _ -> TenantAdminModule.views();
            case null, default -> List.of();
        };
        VaadinSession session = event.getSession();
        session.lock();
        try {
            RouteConfiguration routes = RouteConfiguration.forRegistry(
                    com.vaadin.flow.server.SessionRouteRegistry.getSessionRegistry(session));
            views.forEach(routes::setAnnotatedRoute);
        } finally {
            session.unlock();
        }
    }
}
