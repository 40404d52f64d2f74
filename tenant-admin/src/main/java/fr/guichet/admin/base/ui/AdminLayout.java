package fr.guichet.admin.base.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.admin.operators.ui.OperatorsView;
import fr.guichet.admin.tenants.ui.AddCommuneView;
import fr.guichet.admin.tenants.ui.TenantsView;

/** Frame of tenant-admin: navigation, signed-in operator, sign-out. */
@RolesAllowed({"OPERATOR", "EPCI_ADMIN"})
public class AdminLayout extends AppLayout {

    public AdminLayout(AuthenticationContext authentication) {
        Span title = new Span(getTranslation("admin.shell.title"));
        title.addClassName("shell-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout account = new HorizontalLayout(new Span(authentication.getPrincipalName().orElse("")),
                new Button(getTranslation("common.signout"), click -> authentication.logout()));
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "1rem");
        navbar.add(account);
        navbar.addClassName("shell-navbar");
        addToNavbar(true, navbar);
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("admin.nav.label"));
        nav.addItem(new SideNavItem(getTranslation("admin.nav.tenants"), TenantsView.class));
        nav.addItem(new SideNavItem(getTranslation("admin.nav.add"), AddCommuneView.class));
        if (authentication.hasRole("OPERATOR")) {
            nav.addItem(new SideNavItem(getTranslation("admin.nav.operators"), OperatorsView.class));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
