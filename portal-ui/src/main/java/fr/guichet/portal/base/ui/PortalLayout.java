package fr.guichet.portal.base.ui;


import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.branding.Branding;
import fr.guichet.branding.BrandingService;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.legal.LegalPageKind;
import fr.guichet.portal.account.ui.CitizenSignInView;
import fr.guichet.portal.account.ui.ProfileView;
import fr.guichet.portal.requests.ui.MyRequestsView;
import fr.guichet.portal.catalog.ui.CatalogView;
import fr.guichet.portal.legal.ui.LegalPageView;
import java.util.Objects;

/**
 * The branded frame of every portal page: skip link, header with the commune's name and logo and the citizen's
 * account links, footer links.
 */
@AnonymousAllowed
public class PortalLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public PortalLayout(BrandingService brandingService, AuthenticationContext authentication) {
        Branding branding = brandingService.current();
        addClassName("portal");
        Anchor skip = new Anchor("#contenu", getTranslation("common.skip"));
        skip.addClassName("skip-link");
        main.setId("contenu");
        main.addClassName("portal-main");
        main.getElement().setAttribute("tabindex", "-1");
        Header header = header(branding);
        header.add(account(authentication));
        add(skip, header);
        if (branding.bannerText() != null) {
            Paragraph banner = new Paragraph(Objects.requireNonNull(branding.bannerText()));
            banner.addClassName("portal-banner");
            banner.getElement().setAttribute("role", "note");
            add(banner);
        }
        add(main, footer(branding));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    private Header header(Branding branding) {
        RouterLink home = new RouterLink(CatalogView.class);
        home.addClassName("brand");
        if (branding.hasLogo()) {
            home.add(new Image("theme/logo?v=" + branding.version(),
                    getTranslation("portal.header.logo", branding.displayName())));
        }
        Div names = new Div();
        Span name = new Span(branding.displayName());
        name.addClassName("brand-name");
        Paragraph tagline = new Paragraph(getTranslation("portal.header.tagline"));
        tagline.addClassName("brand-tagline");
        names.add(name, tagline);
        home.add(names);
        Header header = new Header(home);
        header.addClassName("portal-header");
        return header;
    }

    /** « Se connecter » for visitors; « Mon compte » and « Se déconnecter » for a signed-in citizen. */
    private Nav account(AuthenticationContext authentication) {
        Nav nav = new Nav();
        nav.addClassName("portal-account");
        nav.getElement().setAttribute("aria-label", getTranslation("portal.header.account"));
        if (authentication.hasRole(CitizenAuthentication.ROLE)) {
            NativeButton signOut = new NativeButton(getTranslation("common.signout"), click -> authentication.logout());
            signOut.addClassName("portal-signout");
            nav.add(new RouterLink(getTranslation("portal.header.requests"), MyRequestsView.class),
                    new RouterLink(getTranslation("portal.header.account"), ProfileView.class), signOut);
        } else {
            nav.add(new RouterLink(getTranslation("portal.header.signin"), CitizenSignInView.class));
        }
        return nav;
    }

    private Footer footer(Branding branding) {
        UnorderedList links = new UnorderedList();
        for (LegalPageKind kind : LegalPageKind.values()) {
            links.add(new ListItem(new RouterLink(kind.title(), LegalPageView.class, LegalPageView.parameters(kind))));
        }
        links.add(new ListItem(new Anchor("agents", getTranslation("portal.footer.agents"))));
        Nav nav = new Nav(links);
        nav.getElement().setAttribute("aria-label", getTranslation("portal.footer.nav"));
        Footer footer = new Footer(nav, new Paragraph(getTranslation("portal.footer.publisher", branding.displayName())));
        footer.addClassName("portal-footer");
        return footer;
    }

}
