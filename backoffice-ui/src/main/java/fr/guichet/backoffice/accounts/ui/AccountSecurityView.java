package fr.guichet.backoffice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.branding.BrandingService;
import fr.guichet.identity.SecondFactorEnrolment;
import jakarta.annotation.security.RolesAllowed;

/**
 * « Sécurité du compte »: every agent may add a second factor (an authenticator application) to the password, or
 * replace it with a new one (a new telephone).
 */
@Route(value = "agents/securite", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN", "DESIGNER"})
public class AccountSecurityView extends Div implements HasDynamicTitle {

    private final SecondFactorEnrolment enrolment;
    private final String issuer;
    private final Div content = new Div();

    public AccountSecurityView(SecondFactorEnrolment enrolment, BrandingService branding) {
        this.enrolment = enrolment;
        this.issuer = getTranslation("backoffice.security.issuer", branding.current().displayName());
        addClassNames("view", "form-stack");
        add(new H1(getTranslation("backoffice.security.title")),
                new Paragraph(getTranslation("backoffice.security.intro")), content);
        showStatus();
    }

    private void showStatus() {
        content.removeAll();
        SecondFactorEnrolment.Status status = enrolment.status();
        Paragraph state = new Paragraph(status.enabled()
                ? getTranslation("backoffice.security.on", status.recoveryCodesLeft())
                : getTranslation("backoffice.security.off"));
        state.addClassName("security-state");
        Button setUp = new Button(getTranslation(status.enabled() ? "backoffice.security.replace"
                : "backoffice.security.setUp"), click -> setUp());
        content.add(state, setUp);
    }

    private void setUp() {
        content.removeAll();
        content.add(new SecondFactorSetupForm(enrolment, issuer,
                new Button(getTranslation("backoffice.security.recovery.noted"), click -> showStatus())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.security.title");
    }
}
