package fr.guichet.backoffice.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.guichet.agentproviders.AgentProviders;
import fr.guichet.agentproviders.ProviderKind;
import java.util.List;
import java.util.Optional;

/**
 * The commune's identity provider on the agents' sign-in page (decision 022): « Se connecter avec ProConnect » (with
 * ProConnect's name on its blue, and the link « Qu’est-ce que ProConnect ? ») or « Se connecter avec <name> », a full
 * page load to the sign-in's start; and, after a refused round trip ({@code ?fournisseur=<reason>}), the reason in
 * French.
 */
final class ProviderSignInPanel extends Div {

    static final String START = "oauth2/authorization/agents";
    /** The reasons the sign-in flow names in the address; anything else reads as « autre ». */
    private static final List<String> REASONS = List.of("etat", "code", "jeton", "indisponible", "non-propose",
            "annule", "inconnu", "desactive", "bloque", "courriel-non-verifie", "deja-lie", "autre");

    private final Optional<AgentProviders.Offer> offer;
    private final Paragraph refusal = new Paragraph();

    ProviderSignInPanel(Optional<AgentProviders.Offer> offer) {
        this.offer = offer;
        addClassName("provider-group");
        refusal.setId("fournisseur-erreur");
        refusal.addClassName("form-errors");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(refusal);
        offer.ifPresent(this::button);
    }

    private void button(AgentProviders.Offer provider) {
        boolean proConnect = provider.kind() == ProviderKind.PROCONNECT;
        Anchor button = new Anchor(START);
        button.setId("fournisseur-agents");
        button.addClassName("provider-button");
        button.getElement().setAttribute("router-ignore", true);
        Span login = new Span(getTranslation("backoffice.signin.provider.login"));
        Span brand = new Span(provider.displayName());
        brand.addClassName("provider-brand");
        button.add(login, brand);
        if (proConnect) {
            button.addClassName("proconnect");
        }
        add(button);
        if (proConnect) {
            Anchor what = new Anchor("https://www.proconnect.gouv.fr/",
                    getTranslation("backoffice.signin.proconnect.what"), AnchorTarget.BLANK);
            what.getElement().setAttribute("rel", "noopener");
            what.getElement().setAttribute("title", getTranslation("backoffice.signin.proconnect.what.title"));
            add(new Paragraph(what));
        }
        if (provider.localPasswordsAllowed()) {
            add(new Paragraph(getTranslation("backoffice.signin.provider.or")));
        }
    }

    /** Shows why the last round trip with the provider was refused, from the page's {@code fournisseur} parameter. */
    void showRefusal(String reason) {
        String known = REASONS.contains(reason) ? reason : "autre";
        String name = offer.map(AgentProviders.Offer::displayName)
                .orElse(getTranslation("backoffice.signin.provider.generic"));
        refusal.setText(getTranslation("backoffice.signin.provider.refused." + known, name));
        refusal.setVisible(true);
    }

    /** Whether the password form stays on the page. */
    boolean localPasswordsAllowed() {
        return offer.map(AgentProviders.Offer::localPasswordsAllowed).orElse(true);
    }
}
