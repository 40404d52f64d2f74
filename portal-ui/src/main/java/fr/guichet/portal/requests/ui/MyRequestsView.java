package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.drafts.Drafts;
import fr.guichet.portal.account.ui.CitizenSignInView;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.requests.Tracking;

/**
 * « Mes demandes »: a signed-in citizen's drafts and requests; visitors are sent to the citizens' sign-in, then back
 * here.
 */
@Route(value = "mes-demandes", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class MyRequestsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Tracking tracking;
    private final Drafts drafts;

    public MyRequestsView(Tracking tracking, Drafts drafts) {
        this.tracking = tracking;
        this.drafts = drafts;
        addClassName("tracking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var requests = tracking.list(null);
        if (requests.isEmpty()) {
            event.forwardTo(CitizenSignInView.class, CitizenSignInView.returningTo("mes-demandes"));
            return;
        }
        add(new H1(getTranslation("portal.tracking.mine")), new NewsPanel(tracking.news()), new DraftList(drafts),
                new H2(getTranslation("portal.tracking.requests")), new RequestList(requests.get(),
                request -> new RouterLink("", MyRequestView.class,
                        new RouteParameters("reference", request.reference()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.tracking.mine");
    }
}
