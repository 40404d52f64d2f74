package fr.guichet.oidc;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A check a sign-in adds to the standard id_token checks for its own registrations (FranceConnect's eIDAS level, for
 * instance); a bean of this type is picked up by {@link IdTokenDecoders}.
 */
public interface IdTokenRule {

    /** Whether this rule applies to the id_tokens of {@code registration}. */
    boolean appliesTo(ClientRegistration registration);

    OAuth2TokenValidator<Jwt> validator();
}
