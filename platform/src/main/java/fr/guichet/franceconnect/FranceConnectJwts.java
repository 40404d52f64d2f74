package fr.guichet.franceconnect;

import fr.guichet.oidc.IdTokenDecoders;
import fr.guichet.oidc.IdTokenRule;
import java.util.Set;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** What FranceConnect's id_tokens must say beyond the standard checks ({@link IdTokenDecoders}): the eIDAS level. */
@Component
class FranceConnectJwts implements IdTokenRule {

    /** The eIDAS levels FranceConnect may answer; eidas1 is what Guichet asks for. */
    static final Set<String> ACR = Set.of("eidas1", "eidas2", "eidas3");

    @Override
    public boolean appliesTo(ClientRegistration registration) {
        return FranceConnectProvider.REGISTRATION_ID.equals(registration.getRegistrationId());
    }

    @Override
    public OAuth2TokenValidator<Jwt> validator() {
        return FranceConnectClaims.acr();
    }
}
