package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.branding.BrandingService;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.CitizenProfile;
import fr.guichet.identity.IdentitySource;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.FranceConnectAccounts;
import fr.guichet.identity.ProfileRefused;
import fr.guichet.portal.base.ui.ErrorSummary;
import fr.guichet.portal.base.ui.PortalLayout;
import java.util.Map;

/**
 * « Mon profil »: what the citizen tells the commune once, to prefill their forms. Reachable by anyone at the
 * navigation level, so that a visitor who is not signed in as a citizen is sent to the citizens' sign-in rather than
 * the agents' (decision 009); the service itself serves signed-in citizens only.
 */
@Route(value = "mon-compte", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class ProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CitizenProfiles profiles;
    private final FranceConnectAccounts franceConnect;
    private final AuthenticationContext authentication;
    private final String communeName;
    private final ErrorSummary summary = new ErrorSummary();
    private final ProfileFields fields = new ProfileFields();
    private final Div saved = new Div();

    public ProfileView(CitizenProfiles profiles, FranceConnectAccounts franceConnect,
            AuthenticationContext authentication, BrandingService branding) {
        this.profiles = profiles;
        this.franceConnect = franceConnect;
        this.authentication = authentication;
        this.communeName = branding.current().displayName();
        addClassName("account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authentication.hasRole(CitizenAuthentication.ROLE)) {
            event.forwardTo(CitizenSignInView.class, CitizenSignInView.returningTo("mon-compte"));
            return;
        }
        CitizenProfile profile = profiles.current();
        fields.show(profile);
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeAll();
        add(new H1(getTranslation("portal.account.profile.title")),
                new Paragraph(getTranslation("portal.account.profile.intro")),
                new Paragraph(getTranslation("portal.account.profile.email", profile.email())));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("franceconnect-lie")) {
            add(AccountMessage.status(getTranslation("portal.account.franceconnect.linked")));
        } else if (event.getLocation().getQueryParameters().getParameters().containsKey("franceconnect-non-lie")) {
            add(AccountMessage.error(getTranslation("portal.account.franceconnect.not-linked")));
        }
        if (profile.source() == IdentitySource.FRANCECONNECT) {
            Paragraph source = new Paragraph(getTranslation("portal.account.franceconnect.source"));
            source.getElement().setAttribute("role", "note");
            add(source);
        }
        if (!profile.certified().isEmpty()) {
            Paragraph certified = new Paragraph(getTranslation("portal.account.profile.certified.note"));
            certified.getElement().setAttribute("role", "note");
            add(certified);
        }
        add(summary, saved, fields, save);
        if (profile.source() == IdentitySource.FRANCECONNECT) {
            add(new FranceConnectUnlink(franceConnect::unlink, authentication::logout));
        }
    }

    private void save() {
        saved.removeAll();
        try {
            fields.show(profiles.update(fields.change()));
        } catch (ProfileRefused refused) {
            summary.show(fields.showErrors(refused.problems()));
            return;
        }
        fields.showErrors(Map.of());
        summary.hide();
        saved.add(AccountMessage.status(getTranslation("portal.account.profile.saved")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.account.profile.title") + " – " + communeName;
    }
}
