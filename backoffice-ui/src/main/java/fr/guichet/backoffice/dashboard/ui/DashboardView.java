package fr.guichet.backoffice.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.backoffice.legal.ui.LegalPagesView;
import fr.guichet.backoffice.notifications.ui.FailedDeliveriesView;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.legal.LegalPageKind;
import fr.guichet.legal.LegalPages;
import fr.guichet.notifications.NotificationFailures;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** Agents' home: which commune this is, its portal's address and what is still to set up. */
@Route(value = "agents", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN", "DESIGNER"})
public class DashboardView extends Div implements HasDynamicTitle {

    private final Tenant tenant;

    public DashboardView(TenantDirectory tenants, AgentAccounts agents, LegalPages legalPages,
            NotificationFailures deliveries, AuthenticationContext authentication) {
        this.tenant = tenants.current();
        addClassName("view");
        long defaults = Arrays.stream(LegalPageKind.values()).filter(kind -> !legalPages.read(kind).customised())
                .count();
        Div cards = new Div(
                card(getTranslation("backoffice.dashboard.portal"), new Anchor("/", tenant.defaultHost())),
                card(getTranslation("backoffice.dashboard.agents"), new Paragraph(Long.toString(agents.count()))),
                card(getTranslation("backoffice.dashboard.legal"), legalStatus(defaults)));
        if (authentication.hasRole("ADMIN")) {
            cards.add(card(getTranslation("backoffice.dashboard.deliveries"), deliveryStatus(deliveries.countFailed())));
        }
        cards.addClassName("cards");
        add(new H1(tenant.officialName()), new Paragraph(getTranslation("backoffice.dashboard.intro",
                tenant.kind().label(), tenant.officialCode())), cards);
    }

    private Div legalStatus(long defaults) {
        Div status = new Div(new Paragraph(defaults == 0 ? getTranslation("backoffice.dashboard.legal.done")
                : getTranslation("backoffice.dashboard.legal.todo", defaults)));
        status.add(new com.vaadin.flow.router.RouterLink(getTranslation("backoffice.dashboard.legal.edit"),
                LegalPagesView.class));
        return status;
    }

    private Div deliveryStatus(long failed) {
        return new Div(new Paragraph(failed == 0 ? getTranslation("backoffice.dashboard.deliveries.none")
                : getTranslation("backoffice.dashboard.deliveries.some", failed)),
                new Paragraph(new com.vaadin.flow.router.RouterLink(
                        getTranslation("backoffice.dashboard.deliveries.see"), FailedDeliveriesView.class)));
    }

    private static Div card(String title, com.vaadin.flow.component.Component body) {
        Div card = new Div(new H2(title), body);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.dashboard.title") + " – " + tenant.officialName();
    }
}
