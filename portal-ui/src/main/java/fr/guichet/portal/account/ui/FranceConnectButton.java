package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * FranceConnect's button as its presentation rules describe it: « S’identifier avec FranceConnect » on FranceConnect's
 * blue, and under it the link « Qu’est-ce que FranceConnect ? » to franceconnect.gouv.fr in a new window (said so in
 * its accessible name). Our own markup and CSS ({@code .franceconnect-*} in guichet.css), no frontend bundle. The
 * button is a link to the sign-in's start, a full page load (Spring Security then sends the browser to the
 * provider).
 */
final class FranceConnectButton extends Div {

    static final String START = "oauth2/authorization/franceconnect";

    FranceConnectButton(String returnTo) {
        addClassName("franceconnect-group");
        Anchor button = new Anchor(START + (returnTo.isEmpty() ? "" : "?retour=" + returnTo));
        button.setId("franceconnect");
        button.addClassName("franceconnect-button");
        button.getElement().setAttribute("router-ignore", true);
        Span login = new Span(getTranslation("portal.account.franceconnect.login"));
        login.addClassName("franceconnect-login");
        Span brand = new Span("FranceConnect");
        brand.addClassName("franceconnect-brand");
        button.add(login, brand);
        Anchor what = new Anchor("https://franceconnect.gouv.fr/", getTranslation("portal.account.franceconnect.what"),
                AnchorTarget.BLANK);
        what.getElement().setAttribute("rel", "noopener");
        what.getElement().setAttribute("title", getTranslation("portal.account.franceconnect.what.title"));
        add(button, new Paragraph(what));
    }
}
