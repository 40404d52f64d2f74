package fr.guichet.backoffice.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.branding.BrandingService;
import fr.guichet.identity.AccountChangeRefused;
import fr.guichet.identity.SecondFactorEnrolment;
import fr.guichet.identity.SecondFactorSignIn;
import fr.guichet.identity.SecondFactorStep;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The second step of an agent's sign-in, after the password (decision 023): « Code de vérification » from the
 * authenticator application or a recovery code; or, where the commune requires a second factor of an agent who has
 * none, setting one up. The session has none of the agent's roles until this page is done.
 */
@Route(value = "agents/verification", registerAtStartup = false)
@PermitAll
public class SecondStepView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BACK_OFFICE = "/agents";

    private final SecondFactorSignIn signIn;
    private final SecondFactorEnrolment enrolment;
    private final AuthenticationContext authentication;
    private final String tenantName;
    private final TextField code = new TextField();
    private final Paragraph problem = new Paragraph();
    private String title = "";

    public SecondStepView(SecondFactorSignIn signIn, SecondFactorEnrolment enrolment,
            AuthenticationContext authentication, BrandingService branding) {
        this.signIn = signIn;
        this.enrolment = enrolment;
        this.authentication = authentication;
        this.tenantName = branding.current().displayName();
        addClassNames("signin", "form-stack");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<SecondFactorStep> step = signIn.pendingStep();
        if (step.isEmpty()) {
            // Signed in already (or not at all: the access control sent the visitor to the sign-in page).
            UI.getCurrent().getPage().setLocation(BACK_OFFICE);
            return;
        }
        Button signOut = new Button(getTranslation("common.signout"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        if (step.get() == SecondFactorStep.CODE) {
            title = getTranslation("backoffice.verification.title");
            codeForm(signOut);
        } else {
            title = getTranslation("backoffice.verification.enrol.title");
            Button next = new Button(getTranslation("backoffice.verification.continue"),
                    click -> UI.getCurrent().getPage().setLocation(BACK_OFFICE));
            next.addThemeVariants(ButtonVariant.PRIMARY);
            add(new H1(title), new Paragraph(getTranslation("backoffice.verification.enrol.intro", tenantName)),
                    new SecondFactorSetupForm(enrolment, getTranslation("backoffice.security.issuer", tenantName),
                            next), signOut);
        }
    }

    private void codeForm(Button signOut) {
        code.setLabel(getTranslation("backoffice.verification.code"));
        code.setHelperText(getTranslation("backoffice.verification.code.help"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(20);
        code.setAutofocus(true);
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("error");
        Button verify = new Button(getTranslation("backoffice.verification.verify"), click -> verify());
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H1(title), new Paragraph(getTranslation("backoffice.verification.intro")), code, problem, verify,
                signOut);
    }

    private void verify() {
        SecondFactorSignIn.Verification outcome;
        try {
            outcome = signIn.verify(code.getValue());
        } catch (AccountChangeRefused refused) {
            UI.getCurrent().getPage().setLocation("/connexion");
            return;
        }
        switch (outcome) {
            case ACCEPTED -> UI.getCurrent().getPage().setLocation(BACK_OFFICE);
            case LOCKED -> UI.getCurrent().getPage().setLocation("/connexion?bloque");
            case WRONG -> {
                problem.setText(getTranslation("backoffice.verification.wrong"));
                code.clear();
                code.setInvalid(true);
                code.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("backoffice.verification.title") : title) + " – " + tenantName;
    }
}
