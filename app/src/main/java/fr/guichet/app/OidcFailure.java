package fr.guichet.app;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Spring Security's OAuth 2.0 login errors, as both OpenID Connect sign-ins (citizens' FranceConnect, agents' provider)
 * read them before naming their own reason.
 */
enum OidcFailure {
    /** The {@code state} is unknown or altered, or the request was started elsewhere. */
    STATE,
    /** The authorization code was refused. */
    CODE,
    /** The id_token failed a check (signature, issuer, audience, expiry, nonce). */
    TOKEN,
    /** The provider or its keys could not be reached. */
    UNAVAILABLE,
    /** The person cancelled at the provider. */
    CANCELLED,
    /** No registration for this tenant. */
    NO_REGISTRATION,
    OTHER;

    static OidcFailure of(OAuth2AuthenticationException failure) {
        String description = String.valueOf(failure.getError().getDescription());
        return switch (failure.getError().getErrorCode()) {
            case "authorization_request_not_found", "invalid_state_parameter" -> STATE;
            case "invalid_grant" -> CODE;
            case "invalid_token_response" -> UNAVAILABLE;
            case "invalid_id_token" -> description.contains("retrieve remote JWK set") ? UNAVAILABLE : TOKEN;
            case "invalid_nonce" -> TOKEN;
            case "access_denied" -> CANCELLED;
            case "client_registration_not_found" -> NO_REGISTRATION;
            default -> OTHER;
        };
    }
}
