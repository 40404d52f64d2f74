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
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenLinks;
import fr.guichet.identity.EmailConfirmation;
import fr.guichet.portal.base.ui.PortalLayout;
import java.util.Locale;

/**
 * « Confirmer mon adresse »: the page the link of the sign-up email opens. Opening it confirms the address; an
 * expired, used or replaced link says what to do instead.
 */
@Route(value = CitizenLinks.CONFIRMATION + "/:token", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class EmailConfirmationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CitizenAccounts accounts;
    private final String communeName;
    private String title = "";

    public EmailConfirmationView(CitizenAccounts accounts, BrandingService branding) {
        this.accounts = accounts;
        this.communeName = branding.current().displayName();
        addClassName("account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EmailConfirmation outcome = event.getRouteParameters().get("token").map(accounts::confirm)
                .orElse(EmailConfirmation.UNKNOWN);
        String key = "portal.account.confirmation." + outcome.name().toLowerCase(Locale.ROOT);
        title = getTranslation(key + ".title");
        removeAll();
        add(new H1(title), outcome == EmailConfirmation.CONFIRMED ? AccountMessage.status(getTranslation(key))
                : AccountMessage.error(getTranslation(key)));
        RouterLink signIn = new RouterLink(getTranslation("portal.account.signin.title"), CitizenSignInView.class);
        signIn.addClassName("button-link");
        add(signIn);
        if (outcome == EmailConfirmation.UNKNOWN) {
            add(new Paragraph(new RouterLink(getTranslation("portal.account.signup.title"), SignUpView.class)));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + communeName;
    }
}
