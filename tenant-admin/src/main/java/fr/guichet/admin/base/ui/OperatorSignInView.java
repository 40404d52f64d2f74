package fr.guichet.admin.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in of platform operators and EPCI administrators, on the operator host only. */
@Route(value = "connexion", registerAtStartup = false)
@PageTitle("Connexion – Administration Guichet")
@AnonymousAllowed
public class OperatorSignInView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public OperatorSignInView() {
        addClassName("signin");
        form.setAction("connexion");
        form.setForgotPasswordButtonVisible(false);
        i18n.getForm().setTitle(getTranslation("admin.signin.form"));
        i18n.getForm().setUsername(getTranslation("common.signin.email"));
        i18n.getForm().setPassword(getTranslation("common.signin.password"));
        i18n.getForm().setSubmit(getTranslation("common.signin.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("common.signin.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("common.signin.error.message"));
        form.setI18n(i18n);
        add(new H1(getTranslation("admin.signin.title")), form);
    }

    /** A locked account is told so after a failed attempt (decision 023); a wrong address and password stay alike. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && VaadinSession.getCurrent().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException) {
            i18n.getErrorMessage().setTitle(getTranslation("admin.signin.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("admin.signin.locked.message"));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }
}
