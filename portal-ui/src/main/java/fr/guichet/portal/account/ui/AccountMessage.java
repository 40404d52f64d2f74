package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A message at the top of an account page, announced and focused: an error (alert) or what just happened (status). */
final class AccountMessage extends Div {

    private AccountMessage(String role, String className, String... paragraphs) {
        addClassName(className);
        getElement().setAttribute("role", role);
        getElement().setAttribute("tabindex", "-1");
        for (String paragraph : paragraphs) {
            add(new Paragraph(paragraph));
        }
        addAttachListener(attach -> getElement().callJsFunction("focus"));
    }

    static AccountMessage error(String... paragraphs) {
        return new AccountMessage("alert", "account-error", paragraphs);
    }

    static AccountMessage status(String... paragraphs) {
        return new AccountMessage("status", "form-complete", paragraphs);
    }
}
