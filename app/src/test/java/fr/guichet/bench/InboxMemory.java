package fr.guichet.bench;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.SessionRouteRegistry;
import com.vaadin.flow.server.VaadinSession;
import fr.guichet.backoffice.BackofficeModule;
import fr.guichet.backoffice.requests.ui.InboxView;
import fr.guichet.portal.PortalModule;
import fr.guichet.tenancy.CurrentTenant;
import fr.guichet.tenancy.TenantContext;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Heap retained by agents' open inboxes: {@code n} agents, each with their own Vaadin session and one window on
 * the inbox with the grid's first page fetched (Vaadin's browserless test environment, real Spring beans and
 * services, no browser and no HTTP), measured as the difference of used heap after full collections. The same is
 * measured for sessions with a window on no view, so that the inbox's own share can be told from what a session
 * and a UI cost in this environment.
 */
final class InboxMemory {

    /** Bytes per agent: session, UI and inbox; session and UI alone; rows in each grid's first page. */
    record Result(int agents, long perAgent, long perEmptyWindow, int rowsPerGrid) {
    }

    private static final int PAGE = 50;

    private InboxMemory() {
    }

    static Result measure(ApplicationContext spring, CurrentTenant tenant, int agents) {
        return TenantContext.supplyAs(tenant, () -> {
            try (SecuredBrowserlessApplicationContext<Authentication> app = SpringBrowserlessApplicationContext
                    .createSecured(spring, InboxView.class)) {
                for (int i = 0; i < 10; i++) { // class loading, caches, JIT
                    open(app, "echauffement" + i + "@mairie.test", true).close();
                }
                List<BrowserlessUserContext> open = new ArrayList<>();
                long before = usedHeapAfterGc();
                for (int i = 0; i < agents; i++) {
                    open.add(open(app, "agent" + i + "@mairie.test", true));
                }
                long withInbox = usedHeapAfterGc() - before;
                open.forEach(BrowserlessUserContext::close);
                open.clear();
                before = usedHeapAfterGc();
                for (int i = 0; i < agents; i++) {
                    open.add(open(app, "vide" + i + "@mairie.test", false));
                }
                long empty = usedHeapAfterGc() - before;
                open.forEach(BrowserlessUserContext::close);
                return new Result(agents, withInbox / agents, empty / agents, PAGE);
            }
        });
    }

    private static BrowserlessUserContext open(SecuredBrowserlessApplicationContext<Authentication> app,
            String email, boolean inbox) {
        // Administrators see every request: no team to set up for each simulated agent (decision 014).
        BrowserlessUserContext agent = app.newUser(email, "AGENT", "ADMIN");
        registerTenantRoutes(agent.getSession());
        BrowserlessUIContext window = agent.newWindow();
        if (inbox) {
            window.navigate(InboxView.class);
            Grid<?> grid = window.find(Grid.class).single();
            grid.getDataCommunicator().setViewportRange(0, PAGE);
            window.roundTrip();
            if (grid.getDataCommunicator().getItem(PAGE - 1) == null) {
                throw new IllegalStateException("The inbox's first page was not fetched");
            }
        }
        return agent;
    }

    /**
     * What {@code HostRoutes} does when a session starts on a commune's host (the browserless session has no host):
     * the portal's and the back office's views are registered for this session.
     */
    private static void registerTenantRoutes(VaadinSession session) {
        session.lock();
        try {
            RouteConfiguration routes = RouteConfiguration.forRegistry(SessionRouteRegistry.getSessionRegistry(
                    session));
            Stream.concat(PortalModule.views().stream(), BackofficeModule.views().stream())
                    .forEach(routes::setAnnotatedRoute);
        } finally {
            session.unlock();
        }
    }

    /** Used heap after full collections, once it no longer shrinks. */
    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used && i >= 2) {
                return Math.min(now, used);
            }
            used = Math.min(used, now);
        }
        return used;
    }
}
