package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import fr.guichet.identity.CitizenLinks;
import fr.guichet.portal.base.ui.PortalLayout;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Citizens sign in here, never on the agents' page: the form is posted by the browser to this very path, where
 * Spring Security authenticates citizens' accounts only, then comes back here with {@code erreur} or
 * {@code non-confirmee} when it failed. {@code retour} names the portal page to go back to.
 */
@Route(value = CitizenLinks.SIGN_IN, layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class CitizenSignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the portal page to go back to once signed in. */
    public static final String RETURN_TO = "retour";

    private final String communeName;
    private final FranceConnectRegistrations franceConnect;

    public CitizenSignInView(BrandingService branding, FranceConnectRegistrations franceConnect) {
        this.communeName = branding.current().displayName();
        this.franceConnect = franceConnect;
        addClassName("account-page");
    }

    /** The sign-in page, coming back to {@code path} (a portal path such as {@code demarches/x/formulaire}). */
    public static QueryParameters returningTo(String path) {
        return QueryParameters.of(RETURN_TO, path);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> returnTo = query.getSingleParameter(RETURN_TO);
        removeAll();
        add(new H1(getTranslation("portal.account.signin.title")));
        if (query.getParameters().containsKey("erreur")) {
            add(AccountMessage.error(getTranslation("portal.account.signin.error")));
        } else if (query.getParameters().containsKey("non-confirmee")) {
            add(AccountMessage.error(getTranslation("portal.account.signin.unconfirmed")));
        }
        if (query.getParameters().containsKey("lier-franceconnect")) {
            add(AccountMessage.status(getTranslation("portal.account.franceconnect.link")));
        }
        add(new Paragraph(getTranslation("portal.account.signin.intro", communeName)));
        if (franceConnect.offeredHere()) {
            add(new FranceConnectButton(returnTo.filter(path -> path.matches("[a-z0-9][a-z0-9/_-]{0,199}"))
                    .orElse("")), new Paragraph(getTranslation("portal.account.franceconnect.or")));
        }
        add(form(returnTo));
        RouterLink signUp = new RouterLink(getTranslation("portal.account.signin.signup"), SignUpView.class);
        returnTo.ifPresent(path -> signUp.setQueryParameters(returningTo(path)));
        add(new Paragraph(new Text(getTranslation("portal.account.signin.noaccount") + " "), signUp),
                new Paragraph(getTranslation("portal.account.signin.guest")));
    }

    private NativeForm form(Optional<String> returnTo) {
        NativeForm form = new NativeForm(CitizenLinks.SIGN_IN);
        form.addClassName("form-stack");
        EmailField email = posted(new EmailField(getTranslation("portal.account.email")), "connexion-email", "email",
                Autocomplete.EMAIL);
        PasswordField password = posted(new PasswordField(getTranslation("portal.account.password")),
                "connexion-mot-de-passe", "password", Autocomplete.CURRENT_PASSWORD);
        NativeButton submit = new NativeButton(getTranslation("portal.account.signin.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("account-submit");
        form.add(email, password, submit);
        csrf().ifPresent(token -> form.hidden(token.getParameterName(), token.getToken()));
        returnTo.ifPresent(path -> form.hidden(RETURN_TO, path));
        return form;
    }

    /** A field whose value the browser posts under {@code name} (its input is in the light DOM, inside the form). */
    private static <F extends TextFieldBase<F, String>> F posted(F field, String id, String name,
            Autocomplete purpose) {
        field.setId(id);
        field.getElement().setProperty("name", name);
        field.setAutocomplete(purpose);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.addClassName("account-field");
        return field;
    }

    /** The request's CSRF token, which Spring Security checks on the sign-in's POST like on any other. */
    private static Optional<CsrfToken> csrf() {
        return Optional.ofNullable(VaadinServletRequest.getCurrent())
                .map(request -> request.getHttpServletRequest().getAttribute(CsrfToken.class.getName()))
                .filter(CsrfToken.class::isInstance).map(CsrfToken.class::cast);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.account.signin.title") + " – " + communeName;
    }
}
