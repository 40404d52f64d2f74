package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.requests.TrackedRequest;
import fr.guichet.requests.Tracking;

/** One request followed with a guest's tracking link; a reference of another address opens nothing. */
@Route(value = "suivi/:token/:reference", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class GuestRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Tracking tracking;
    private String title = "";

    public GuestRequestView(Tracking tracking) {
        this.tracking = tracking;
        addClassName("tracking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElseThrow(NotFoundException::new);
        String reference = event.getRouteParameters().get("reference").orElseThrow(NotFoundException::new);
        TrackedRequest request = tracking.find(token, reference).orElseThrow(NotFoundException::new);
        title = getTranslation("portal.tracking.title", request.procedureTitle(), request.reference());
        add(new RouterLink(getTranslation("portal.tracking.back"), GuestRequestsView.class,
                new RouteParameters("token", token)), new H1(title),
                new TrackedRequestPanel(request, new TrackingActions(tracking, token)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
