package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.portal.account.ui.CitizenSignInView;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.requests.TrackedRequest;
import fr.guichet.requests.Tracking;

/** One of a signed-in citizen's requests; another person's reference opens nothing. */
@Route(value = "mes-demandes/:reference", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class MyRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Tracking tracking;
    private String title = "";

    public MyRequestView(Tracking tracking) {
        this.tracking = tracking;
        addClassName("tracking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String reference = event.getRouteParameters().get("reference").orElseThrow(NotFoundException::new);
        if (tracking.list(null).isEmpty()) {
            event.forwardTo(CitizenSignInView.class, CitizenSignInView.returningTo("mes-demandes/" + reference));
            return;
        }
        TrackedRequest request = tracking.find(null, reference).orElseThrow(NotFoundException::new);
        title = getTranslation("portal.tracking.title", request.procedureTitle(), request.reference());
        add(new RouterLink(getTranslation("portal.tracking.back"), MyRequestsView.class), new H1(title),
                new TrackedRequestPanel(request, new TrackingActions(tracking, null)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
