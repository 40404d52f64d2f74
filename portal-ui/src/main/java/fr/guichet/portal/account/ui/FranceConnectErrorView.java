package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.catalog.ui.CatalogView;
import java.util.Set;

/**
 * What went wrong with a FranceConnect sign-in, in French ({@code motif} names it); nothing else of the portal is
 * affected: the citizen can sign in otherwise, or go on without an account.
 */
@Route(value = "mon-compte/franceconnect/erreur", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class FranceConnectErrorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("etat", "code", "jeton", "donnees", "indisponible",
            "non-propose", "annule", "deja-lie", "autre");
    private final String communeName;

    public FranceConnectErrorView(BrandingService branding) {
        this.communeName = branding.current().displayName();
        addClassName("account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("motif")
                .filter(REASONS::contains).orElse("autre");
        removeAll();
        add(new H1(getTranslation("portal.account.franceconnect.error.title")),
                AccountMessage.error(getTranslation("portal.account.franceconnect.error." + reason)),
                new Paragraph(new RouterLink(getTranslation("portal.account.franceconnect.error.signin"),
                        CitizenSignInView.class)),
                new Paragraph(new RouterLink(getTranslation("portal.account.franceconnect.error.home"),
                        CatalogView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.account.franceconnect.error.title") + " – " + communeName;
    }
}
