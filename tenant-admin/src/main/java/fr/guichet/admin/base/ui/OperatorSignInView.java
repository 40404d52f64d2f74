package fr.guichet.admin.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in of platform operators and EPCI administrators, on the operator host only. */
@Route(value = "connexion", registerAtStartup = false)
@PageTitle("Connexion – Administration Guichet")
@AnonymousAllowed
public class OperatorSignInView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public OperatorSignInView() {
        addClassName("signin");
        form.setAction("connexion");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("admin.signin.form"));
        i18n.getForm().setUsername(getTranslation("common.signin.email"));
        i18n.getForm().setPassword(getTranslation("common.signin.password"));
        i18n.getForm().setSubmit(getTranslation("common.signin.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("common.signin.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("common.signin.error.message"));
        form.setI18n(i18n);
        add(new H1(getTranslation("admin.signin.title")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
