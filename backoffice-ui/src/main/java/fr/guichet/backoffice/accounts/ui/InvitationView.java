package fr.guichet.backoffice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.identity.AccountChangeRefused;
import fr.guichet.identity.AgentDirectory;
import fr.guichet.identity.AgentInvitations;
import fr.guichet.identity.PasswordRules;

/**
 * The page an invited agent opens from the e-mail: choose a password (the citizens' rules, stated before typing), then
 * sign in. A link already used, expired or from another commune says so and how to get a new one.
 */
@Route(value = AgentDirectory.INVITATION_PATH + ":token", registerAtStartup = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AgentInvitations invitations;
    private final String tenantName;
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Paragraph problem = new Paragraph();
    private final Div content = new Div();
    private String token = "";

    public InvitationView(AgentInvitations invitations, BrandingService branding) {
        this.invitations = invitations;
        this.tenantName = branding.current().displayName();
        addClassNames("signin", "form-stack");
        add(new H1(getTranslation("backoffice.invitation.title", tenantName)), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        invitations.find(token).ifPresentOrElse(invitation -> {
            password.setLabel(getTranslation("backoffice.invitation.password"));
            password.setHelperText(getTranslation("backoffice.invitation.rules"));
            password.setMaxLength(PasswordRules.MAX_LENGTH);
            password.setRequiredIndicatorVisible(true);
            password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
            confirmation.setLabel(getTranslation("backoffice.invitation.confirmation"));
            confirmation.setMaxLength(PasswordRules.MAX_LENGTH);
            confirmation.setRequiredIndicatorVisible(true);
            confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
            problem.getElement().setAttribute("role", "alert");
            problem.addClassName("error");
            Button activate = new Button(getTranslation("backoffice.invitation.activate"), click -> activate());
            activate.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(new Paragraph(getTranslation("backoffice.invitation.intro", invitation.displayName(),
                    invitation.email())), password, confirmation, problem, activate);
        }, () -> content.add(new Paragraph(getTranslation("backoffice.invitation.invalid"))));
    }

    private void activate() {
        try {
            invitations.accept(token, password.getValue(), confirmation.getValue());
        } catch (AccountChangeRefused refused) {
            problem.setText(refused.getMessage());
            password.focus();
            return;
        }
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("backoffice.invitation.done"));
        done.getElement().setAttribute("role", "status");
        content.add(done, new Anchor("connexion", getTranslation("backoffice.invitation.signin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.invitation.title", tenantName);
    }
}
