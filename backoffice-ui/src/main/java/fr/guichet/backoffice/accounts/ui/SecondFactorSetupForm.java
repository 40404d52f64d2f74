package fr.guichet.backoffice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.identity.AccountChangeRefused;
import fr.guichet.identity.SecondFactorEnrolment;
import java.util.List;

/**
 * Setting up the second factor: the secret as a QR code and as text, a first code to confirm it, then the ten
 * recovery codes, shown this once, and the caller's button to go on.
 */
class SecondFactorSetupForm extends Div {

    private final SecondFactorEnrolment enrolment;
    private final TextField code = new TextField();
    private final Paragraph problem = new Paragraph();
    private final Button next;
    private SecondFactorEnrolment.Setup setup;

    SecondFactorSetupForm(SecondFactorEnrolment enrolment, String issuer, Button next) {
        this.enrolment = enrolment;
        this.next = next;
        addClassName("form-stack");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("error");
        try {
            setup = enrolment.start(issuer);
        } catch (AccountChangeRefused refused) {
            problem.setText(refused.getMessage());
            add(problem);
            return;
        }
        Span secret = new Span(grouped(setup.secret()));
        secret.addClassName("totp-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "1.1rem");
        code.setLabel(getTranslation("backoffice.security.code"));
        code.setHelperText(getTranslation("backoffice.security.code.help"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setMaxLength(7);
        code.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("backoffice.security.enable"), click -> confirm());
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("backoffice.security.scan")),
                QrCodeImage.of(setup.provisioningUri(), getTranslation("backoffice.security.qr.alt")),
                new Paragraph(getTranslation("backoffice.security.manual")), secret, code, problem, confirm);
    }

    private void confirm() {
        List<String> recoveryCodes;
        try {
            recoveryCodes = enrolment.confirm(setup, code.getValue());
        } catch (AccountChangeRefused refused) {
            problem.setText(refused.getMessage());
            code.setInvalid(true);
            code.focus();
            return;
        }
        removeAll();
        Paragraph done = new Paragraph(getTranslation("backoffice.security.enabled"));
        done.getElement().setAttribute("role", "status");
        UnorderedList codes = new UnorderedList(recoveryCodes.stream().map(ListItem::new).toArray(ListItem[]::new));
        codes.addClassName("recovery-codes");
        codes.getStyle().set("font-family", "monospace");
        add(done, new H2(getTranslation("backoffice.security.recovery.title")),
                new Paragraph(getTranslation("backoffice.security.recovery.intro")), codes, next);
        next.focus();
    }

    /** The secret in groups of four, as people copy it. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
