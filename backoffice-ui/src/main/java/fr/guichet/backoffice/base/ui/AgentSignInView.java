package fr.guichet.backoffice.base.ui;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;

/** Sign-in of a commune's agents, on the commune's own host. */
@Route(value = "connexion", registerAtStartup = false)
@AnonymousAllowed
public class AgentSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final String tenantName;

    public AgentSignInView(BrandingService branding) {
        this.tenantName = branding.current().displayName();
        addClassName("signin");
        form.setAction("connexion");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(SignInTexts.of(this::getTranslation, getTranslation("backoffice.signin.form")));
        add(new H1(getTranslation("backoffice.signin.title", tenantName)),
                new Paragraph(getTranslation("backoffice.signin.intro")), form);
    }

    /**
     * After a failed attempt Spring Security leaves the reason in the session: a locked or not yet activated account
     * is told so (a wrong address and a wrong password stay alike).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // "bloque": too many wrong codes at the second step (decision 023), which signed the session out.
        boolean lockedAtSecondStep = parameters.containsKey("bloque");
        boolean failed = parameters.containsKey("error") || lockedAtSecondStep;
        if (failed) {
            Object reason = lockedAtSecondStep ? new LockedException("second step")
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = SignInTexts.of(this::getTranslation, getTranslation("backoffice.signin.form"));
            if (reason instanceof LockedException) {
                i18n.getErrorMessage().setTitle(getTranslation("backoffice.signin.locked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("backoffice.signin.locked.message"));
            } else if (reason instanceof DisabledException) {
                i18n.getErrorMessage().setTitle(getTranslation("backoffice.signin.disabled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("backoffice.signin.disabled.message"));
            }
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("common.signin.title") + " – " + tenantName;
    }

    /** French texts of Vaadin's login form. */
    static final class SignInTexts {

        private SignInTexts() {
        }

        static LoginI18n of(java.util.function.Function<String, String> t, String formTitle) {
            LoginI18n i18n = LoginI18n.createDefault();
            LoginI18n.Form texts = i18n.getForm();
            texts.setTitle(formTitle);
            texts.setUsername(t.apply("common.signin.email"));
            texts.setPassword(t.apply("common.signin.password"));
            texts.setSubmit(t.apply("common.signin.submit"));
            texts.setForgotPassword(t.apply("common.signin.forgot"));
            LoginI18n.ErrorMessage error = i18n.getErrorMessage();
            error.setTitle(t.apply("common.signin.error.title"));
            error.setMessage(t.apply("common.signin.error.message"));
            return i18n;
        }
    }
}
