package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.requests.Tracking;
import java.util.Map;

/** The tracking link mailed to a guest: the requests made without an account with that address. */
@Route(value = "suivi/:token", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class GuestRequestsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Tracking tracking;

    public GuestRequestsView(Tracking tracking) {
        this.tracking = tracking;
        addClassName("tracking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElseThrow(NotFoundException::new);
        var requests = tracking.list(token);
        if (requests.isEmpty()) {
            add(new H1(getTranslation("portal.tracking.link.unknown.title")),
                    new Paragraph(getTranslation("portal.tracking.link.unknown")));
            return;
        }
        add(new H1(getTranslation("portal.tracking.guest")), new Paragraph(getTranslation("portal.tracking.guest.intro")),
                new H2(getTranslation("portal.tracking.requests")), new RequestList(requests.get(), request -> new RouterLink("", GuestRequestView.class,
                        new RouteParameters(Map.of("token", token, "reference", request.reference())))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.tracking.guest");
    }
}
