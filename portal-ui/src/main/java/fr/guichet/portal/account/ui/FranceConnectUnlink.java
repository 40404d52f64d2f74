package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import java.util.function.Function;

/**
 * « Délier FranceConnect » on the profile page of an account linked to FranceConnect: the citizen chooses the password
 * they will sign in with from now on, confirms, and is signed out (through FranceConnect) to sign in again with it.
 */
final class FranceConnectUnlink extends Composite<Section> {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Function<String, Optional<String>> unlink;
    private final Runnable signOut;

    /**
     * @param unlink unlinks with the given password, answering the French reason it is refused, if any
     * @param signOut ends the session once the account is unlinked
     */
    FranceConnectUnlink(Function<String, Optional<String>> unlink, Runnable signOut) {
        this.unlink = unlink;
        this.signOut = signOut;
        Section section = getContent();
        section.addClassName("franceconnect-unlink");
        H2 title = new H2(getTranslation("portal.account.franceconnect.unlink.title"));
        title.setId("delier-franceconnect");
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        password.setId("delier-mot-de-passe");
        confirmation.setId("delier-confirmation");
        password.setLabel(getTranslation("portal.account.franceconnect.unlink.password"));
        password.setHelperText(getTranslation("portal.account.password.rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setLabel(getTranslation("portal.account.franceconnect.unlink.confirmation"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button button = new Button(getTranslation("portal.account.franceconnect.unlink.button"), click -> check());
        section.add(title, new Paragraph(getTranslation("portal.account.franceconnect.unlink.intro")), password,
                confirmation, button);
    }

    private void check() {
        password.setInvalid(false);
        confirmation.setInvalid(false);
        if (!password.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("portal.account.franceconnect.unlink.mismatch"));
            confirmation.setInvalid(true);
            confirmation.focus();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("portal.account.franceconnect.unlink.confirm.title"),
                getTranslation("portal.account.franceconnect.unlink.confirm.text"),
                getTranslation("portal.account.franceconnect.unlink.button"), confirm -> unlink());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void unlink() {
        Optional<String> problem = unlink.apply(password.getValue());
        if (problem.isPresent()) {
            password.setErrorMessage(problem.get());
            password.setInvalid(true);
            password.focus();
            return;
        }
        signOut.run();
    }
}
