package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenLinks;
import fr.guichet.identity.SignUp;
import fr.guichet.identity.SignUpRefused;
import fr.guichet.legal.LegalPageKind;
import fr.guichet.portal.base.ui.ErrorSummary;
import fr.guichet.portal.base.ui.FieldError;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.legal.ui.LegalPageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * « Créer un compte »: an address, a password typed twice and the terms accepted. Whatever the address, the page ends
 * with the same message (an email was sent): whether an account exists is told to the mailbox's owner only.
 */
@Route(value = "mon-compte/inscription", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class SignUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CitizenAccounts accounts;
    private final String communeName;
    private final ErrorSummary summary = new ErrorSummary();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Checkbox terms = new Checkbox();
    private final Map<String, CheckedInput> inputs = new LinkedHashMap<>();
    private final Div form = new Div();
    private final RouterLink signIn = new RouterLink();

    public SignUpView(CitizenAccounts accounts, BrandingService branding) {
        this.accounts = accounts;
        this.communeName = branding.current().displayName();
        addClassName("account-page");
        field(SignUp.EMAIL, email, "inscription-email", "portal.account.email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setHelperText(getTranslation("portal.account.email.help"));
        field(SignUp.PASSWORD, password, "inscription-mot-de-passe", "portal.account.password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("portal.account.password.rules"));
        field(SignUp.CONFIRMATION, confirmation, "inscription-confirmation", "portal.account.password.again");
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        terms.setId("inscription-conditions");
        terms.setLabel(getTranslation("portal.account.terms"));
        terms.setRequiredIndicatorVisible(true);
        terms.setManualValidation(true);
        inputs.put(SignUp.TERMS, new CheckedInput(terms, getTranslation("portal.account.terms.short"), terms.getId().orElseThrow()));
        RouterLink termsLink = new RouterLink(getTranslation("portal.account.terms.link"), LegalPageView.class,
                LegalPageView.parameters(LegalPageKind.DONNEES_PERSONNELLES));
        Button create = new Button(getTranslation("portal.account.signup.submit"), click -> signUp());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.addClassName("form-stack");
        form.add(email, password, confirmation, new Paragraph(termsLink), terms, create);
        signIn.setText(getTranslation("portal.account.signup.signin"));
        signIn.setRoute(CitizenSignInView.class);
        add(new H1(getTranslation("portal.account.signup.title")),
                new Paragraph(getTranslation("portal.account.signup.intro", communeName)), summary,
                new Paragraph(getTranslation("portal.form.required")), form,
                new Paragraph(new Text(getTranslation("portal.account.signup.hasaccount") + " "), signIn));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CitizenSignInView.RETURN_TO)
                .ifPresent(path -> signIn.setQueryParameters(CitizenSignInView.returningTo(path)));
    }

    private <F extends TextFieldBase<F, String>> void field(String key, F input, String id, String label) {
        input.setId(id);
        input.setLabel(getTranslation(label));
        input.setRequiredIndicatorVisible(true);
        input.setManualValidation(true);
        input.addClassName("account-field");
        inputs.put(key, new CheckedInput(input, input.getLabel(), id));
    }

    private void signUp() {
        String address = email.getValue();
        try {
            accounts.signUp(new SignUp(address, password.getValue(), confirmation.getValue(), terms.getValue()),
                    CitizenLinks.portalRoot(VaadinServletRequest.getCurrent().getHttpServletRequest()));
        } catch (SignUpRefused refused) {
            showErrors(refused.problems());
            return;
        }
        password.clear();
        confirmation.clear();
        summary.hide();
        form.setVisible(false);
        addComponentAtIndex(1, AccountMessage.status(getTranslation("portal.account.signup.sent", address.strip()),
                getTranslation("portal.account.signup.sent.next")));
    }

    private void showErrors(Map<String, String> problems) {
        List<FieldError> errors = new ArrayList<>();
        inputs.forEach((key, input) -> input.show(problems.get(key), errors));
        summary.show(errors);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.account.signup.title") + " – " + communeName;
    }
}
