package fr.guichet.backoffice.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.backoffice.accounts.ui.AccountSecurityView;
import fr.guichet.backoffice.accounts.ui.AgentsView;
import fr.guichet.backoffice.catalog.ui.ProceduresView;
import fr.guichet.backoffice.dashboard.ui.DashboardView;
import fr.guichet.backoffice.legal.ui.LegalPagesView;
import fr.guichet.backoffice.notifications.ui.FailedDeliveriesView;
import fr.guichet.backoffice.notifications.ui.MessageTemplatesView;
import fr.guichet.backoffice.requests.ui.InboxView;
import fr.guichet.backoffice.teams.ui.TeamsView;
import fr.guichet.backoffice.requests.ui.LettersView;
import fr.guichet.backoffice.workflows.ui.DocumentTemplatesView;
import fr.guichet.backoffice.search.ui.SearchBox;
import fr.guichet.branding.BrandingService;
import jakarta.annotation.security.RolesAllowed;

/** Frame of the back office: the commune's name, navigation by role, the signed-in agent and sign-out. */
@RolesAllowed({"AGENT", "ADMIN", "DESIGNER"})
public class BackofficeLayout extends AppLayout {

    public BackofficeLayout(BrandingService branding, AuthenticationContext authentication) {
        Span title = new Span(getTranslation("backoffice.shell.title", branding.current().displayName()));
        title.addClassName("shell-title");
        Button signOut = new Button(getTranslation("common.signout"), click -> authentication.logout());
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        String who = authentication.getPrincipalName().orElse("");
        Span user = new Span(who);
        HorizontalLayout account = new HorizontalLayout(user, signOut);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "1rem");
        if (authentication.hasAnyRole("AGENT", "ADMIN")) {
            navbar.add(new SearchBox());
        }
        navbar.add(account);
        navbar.addClassName("shell-navbar");
        addToNavbar(true, navbar);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("backoffice.nav.label"));
        nav.addItem(new SideNavItem(getTranslation("backoffice.nav.dashboard"), DashboardView.class));
        if (authentication.hasAnyRole("AGENT", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.inbox"), InboxView.class));
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.letters"), LettersView.class));
        }
        if (authentication.hasRole("DESIGNER")) {
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.procedures"), ProceduresView.class));
        }
        if (authentication.hasAnyRole("DESIGNER", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.documents"), DocumentTemplatesView.class));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.accounts"), AgentsView.class));
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.teams"), TeamsView.class));
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.legal"), LegalPagesView.class));
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.messages"), MessageTemplatesView.class));
            nav.addItem(new SideNavItem(getTranslation("backoffice.nav.deliveries"), FailedDeliveriesView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("backoffice.nav.security"), AccountSecurityView.class));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
