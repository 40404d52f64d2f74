package fr.guichet.oidc;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reads a provider's userinfo with the access token (short timeouts) and, when it is a signed JWT
 * ({@code application/jwt}, as FranceConnect and ProConnect answer), checks its signature against the provider's
 * JWKS, its issuer and that this client is in its audience. Each sign-in turns a {@link Failure} into its own reason.
 */
@Component
public class ProviderUserInfo {

    private static final Logger log = LoggerFactory.getLogger(ProviderUserInfo.class);
    public static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    /** The userinfo could not be had ({@code unreachable}) or was refused by the provider or by a check. */
    public static final class Failure extends RuntimeException {

        private final boolean unreachable;

        Failure(boolean unreachable, String detail) {
            super(detail);
            this.unreachable = unreachable;
        }

        public boolean unreachable() {
            return unreachable;
        }
    }

    /** The answer: its media type and body. */
    public record Answer(@Nullable MediaType type, String body) {

        public boolean isJwt() {
            return type != null && JWT.isCompatibleWith(type);
        }
    }

    private final IdTokenDecoders decoders;
    private final RestClient http = ProviderHttp.client().build();

    ProviderUserInfo(IdTokenDecoders decoders) {
        this.decoders = decoders;
    }

    public Answer fetch(ClientRegistration registration, String accessToken) {
        ResponseEntity<String> response;
        try {
            response = http.get().uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(String.class);
        } catch (RestClientResponseException e) {
            throw new Failure(false, "The provider's userinfo answered " + e.getStatusCode());
        } catch (RestClientException e) {
            log.warn("Provider's userinfo unreachable: {}", e.getMessage());
            throw new Failure(true, "Userinfo unreachable");
        }
        if (response.getBody() == null) {
            throw new Failure(false, "Empty userinfo");
        }
        return new Answer(response.getHeaders().getContentType(), response.getBody().strip());
    }

    /** The claims of a signed userinfo, once its signature, issuer and audience are checked. */
    public Map<String, Object> verified(ClientRegistration registration, Answer answer) {
        if (!answer.isJwt()) {
            throw new Failure(false, "The provider's userinfo is not a signed JWT (" + answer.type() + ")");
        }
        try {
            return decoders.decoder(registration, "userinfo", () -> new DelegatingOAuth2TokenValidator<>(
                    new JwtIssuerValidator(String.valueOf(registration.getProviderDetails().getIssuerUri())),
                    jwt -> jwt.getAudience() != null && jwt.getAudience().contains(registration.getClientId())
                            ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_user_info_response",
                                    "The userinfo's audience is not this client", null))))
                    .decode(answer.body()).getClaims();
        } catch (JwtException e) {
            throw new Failure(false, "The provider's userinfo JWT refused: " + e.getMessage());
        }
    }
}
