package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML form posted by the browser itself, for the one request Vaadin must not carry: signing in, which Spring
 * Security handles before Vaadin (its own path, a CSRF token, a new session id).
 */
@Tag("form")
final class NativeForm extends HtmlContainer {

    NativeForm(String action) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        // The server's messages are the only ones: the browser's own bubbles are neither French nor accessible.
        getElement().setAttribute("novalidate", true);
    }

    /** Adds a hidden field sent with the form. */
    void hidden(String name, String value) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        getElement().appendChild(input);
    }
}
