package fr.guichet.franceconnect;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A FranceConnect sign-in that did not go through, for a reason the portal explains in French ({@link Reason});
 * the English detail goes to the log.
 */
public class FranceConnectRefused extends OAuth2AuthenticationException {

    /** Why, as the portal's error page names it in its address ({@code ?motif=...}). */
    public enum Reason {
        /** The request's {@code state} is unknown or altered, or the sign-in was started elsewhere. */
        STATE("etat"),
        /** The authorization code was refused (already used, expired). */
        CODE("code"),
        /** The id_token or the userinfo failed a check (signature, issuer, audience, expiry, nonce). */
        TOKEN("jeton"),
        /** FranceConnect did not give an identity attribute the commune needs. */
        MISSING_CLAIMS("donnees"),
        /** FranceConnect or its keys could not be reached. */
        UNAVAILABLE("indisponible"),
        /** The commune offers no FranceConnect sign-in. */
        NOT_OFFERED("non-propose"),
        /** The citizen cancelled at FranceConnect. */
        CANCELLED("annule"),
        /** The account of the same address is linked to another FranceConnect identity. */
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

    FranceConnectRefused(Reason reason, String detail) {
        super(new OAuth2Error(reason.name().toLowerCase(java.util.Locale.ROOT), detail, null), detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
