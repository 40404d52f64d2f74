package fr.guichet.franceconnect;

import fr.guichet.oidc.IdTokenDecoders;
import fr.guichet.oidc.IdTokenRule;
import java.util.Set;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.stereotype.Component;

/**
 * What FranceConnect's JWTs must say beyond the standard checks ({@link IdTokenDecoders}): the id_token's eIDAS
 * level ({@code acr}), and the signed userinfo's issuer and audience (the subject is compared by the caller).
 */
@Component
class FranceConnectJwts implements IdTokenRule {

    /** The eIDAS levels FranceConnect may answer; eidas1 is what Guichet asks for. */
    static final Set<String> ACR = Set.of("eidas1", "eidas2", "eidas3");

    private final IdTokenDecoders decoders;

    FranceConnectJwts(IdTokenDecoders decoders) {
        this.decoders = decoders;
    }

    @Override
    public boolean appliesTo(ClientRegistration registration) {
        return FranceConnectProvider.REGISTRATION_ID.equals(registration.getRegistrationId());
    }

    @Override
    public OAuth2TokenValidator<Jwt> validator() {
        return FranceConnectClaims.acr();
    }

    /** The signed userinfo's decoder: signature, issuer and audience. */
    JwtDecoder userInfoDecoder(ClientRegistration registration) {
        return decoders.decoder(registration, "userinfo", () -> new DelegatingOAuth2TokenValidator<>(
                new JwtIssuerValidator(String.valueOf(registration.getProviderDetails().getIssuerUri())),
                audience(registration.getClientId())));
    }

    private static OAuth2TokenValidator<Jwt> audience(String clientId) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(clientId)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_user_info_response",
                        "The userinfo's audience is not this client", null));
    }
}
