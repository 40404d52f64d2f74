package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step before submitting: how to reach the requester (a guest's e-mail receives the tracking link) and the
 * explicit consent to the processing described in the procedure's privacy notice.
 */
final class RequesterPanel extends Div {

    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final Checkbox consent = new Checkbox();

    private final boolean signedIn;

    /**
     * @param accountEmail the signed-in citizen's address (the request goes to their account), or null for a guest
     */
    RequesterPanel(String procedurePage, @org.jspecify.annotations.Nullable String accountEmail) {
        this.signedIn = accountEmail != null;
        addClassNames("requester-panel", "form-stack");
        add(new H2(getTranslation("portal.submit.heading")));
        add(new Paragraph(signedIn ? getTranslation("portal.submit.account", accountEmail)
                : getTranslation("portal.submit.guest")));
        email.setVisible(!signedIn);
        name.setVisible(!signedIn);
        email.setLabel(getTranslation("portal.submit.email"));
        email.setHelperText(getTranslation("portal.submit.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setId("demandeur-courriel");
        name.setLabel(getTranslation("portal.submit.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setMaxLength(200);
        name.setId("demandeur-nom");
        consent.setLabel(getTranslation("portal.submit.consent"));
        consent.setRequiredIndicatorVisible(true);
        consent.setId("demandeur-consentement");
        Anchor notice = new Anchor(procedurePage + "#donnees-personnelles", getTranslation("portal.submit.notice"));
        notice.setTarget("_blank");
        add(email, name, consent, notice);
    }

    String email() {
        return email.getValue().strip();
    }

    String name() {
        return name.getValue().strip();
    }

    /** French problems with the requester's details, shown on the fields; empty when they can be sent. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        email.setInvalid(false);
        consent.setInvalid(false);
        if (!signedIn && email().isEmpty()) {
            problems.add(invalid(getTranslation("portal.submit.email.missing")));
        }
        if (!consent.getValue()) {
            consent.setErrorMessage(getTranslation("portal.submit.consent.missing"));
            consent.setInvalid(true);
            problems.add(getTranslation("portal.submit.consent.missing"));
        }
        return problems;
    }

    /** Shows a refusal of the e-mail address by the server. */
    String invalid(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
        return message;
    }

    void focusFirstProblem() {
        if (email.isInvalid()) {
            email.focus();
        } else {
            consent.focus();
        }
    }
}
