package fr.guichet.backoffice.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.identity.SecondFactorPolicy;

/** « Exiger la double authentification »: saved as soon as it is ticked or unticked, and said in a live region. */
class SecondFactorPolicyField extends Div {

    SecondFactorPolicyField(SecondFactorPolicy policy) {
        Checkbox required = new Checkbox(getTranslation("backoffice.accounts.policy.require"));
        required.setHelperText(getTranslation("backoffice.accounts.policy.help"));
        required.setValue(policy.required());
        Paragraph status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        status.addClassName("policy-status");
        required.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                policy.require(change.getValue());
                status.setText(getTranslation(change.getValue() ? "backoffice.accounts.policy.on"
                        : "backoffice.accounts.policy.off"));
            }
        });
        add(required, status);
    }
}
