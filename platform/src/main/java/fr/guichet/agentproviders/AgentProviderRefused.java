package fr.guichet.agentproviders;

import java.util.Locale;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * An agent's sign-in through the commune's provider that did not go through, for a reason the back office's sign-in
 * page explains in French ({@link Reason}); the English detail goes to the log.
 */
public class AgentProviderRefused extends OAuth2AuthenticationException {

    /** Why, as the sign-in page names it in its address ({@code ?fournisseur=...}). */
    public enum Reason {
        /** The request's {@code state} is unknown or altered, or the sign-in was started elsewhere. */
        STATE("etat"),
        /** The authorization code was refused (already used, expired). */
        CODE("code"),
        /** The id_token or the userinfo failed a check (signature, issuer, audience, expiry, nonce). */
        TOKEN("jeton"),
        /** The provider or its keys could not be reached. */
        UNAVAILABLE("indisponible"),
        /** The commune has no provider for its agents. */
        NOT_OFFERED("non-propose"),
        /** The agent cancelled at the provider. */
        CANCELLED("annule"),
        /** No agent account of this commune for this person: an administrator must create or invite one. */
        UNKNOWN_AGENT("inconnu"),
        /** The account was deactivated. */
        DEACTIVATED("desactive"),
        /** The account is locked after repeated wrong passwords. */
        LOCKED("bloque"),
        /** The provider does not vouch for the address. */
        EMAIL_NOT_VERIFIED("courriel-non-verifie"),
        /** The account of this address is linked to another identity of the provider. */
        LINKED_ELSEWHERE("deja-lie"),
        /** Anything else. */
        OTHER("autre");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    AgentProviderRefused(Reason reason, String detail) {
        super(new OAuth2Error(reason.name().toLowerCase(Locale.ROOT), detail, null), detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
