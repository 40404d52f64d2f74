package fr.guichet.franceconnect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Decoders of FranceConnect's JWTs, per tenant's registration: signatures checked against the provider's JWKS
 * (RS256 or ES256 only), and the claims against what was asked. Spring Security's own factory caches one decoder
 * per registration id, which is the same ({@code franceconnect}) for every commune: that would check commune B's
 * tokens against commune A's client id. Here the cache key is the provider and the client.
 */
@Component
class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    /** The eIDAS levels FranceConnect may answer; eidas1 is what Guichet asks for. */
    static final Set<String> ACR = Set.of("eidas1", "eidas2", "eidas3");

    private record Key(String jwkSetUri, String issuer, String clientId, boolean userInfo) {
    }

    private final Cache<Key, JwtDecoder> decoders = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    /** The id_token's decoder: signature, issuer, audience, authorized party, expiry, issue time and {@code acr}. */
    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        return decoders.get(key(registration, false), key -> decoder(key, new DelegatingOAuth2TokenValidator<>(
                new OidcIdTokenValidator(registration), FranceConnectClaims.acr())));
    }

    /** The signed userinfo's decoder: signature, issuer and audience (the subject is compared by the caller). */
    JwtDecoder userInfoDecoder(ClientRegistration registration) {
        return decoders.get(key(registration, true), key -> decoder(key, new DelegatingOAuth2TokenValidator<>(
                new JwtIssuerValidator(key.issuer()), audience(key.clientId()))));
    }

    private static Key key(ClientRegistration registration, boolean userInfo) {
        var provider = registration.getProviderDetails();
        return new Key(provider.getJwkSetUri(), provider.getIssuerUri(), registration.getClientId(), userInfo);
    }

    private static JwtDecoder decoder(Key key, OAuth2TokenValidator<Jwt> validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(key.jwkSetUri())
                .jwsAlgorithms(algorithms -> {
                    algorithms.clear();
                    algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256));
                })
                .restOperations(FranceConnectHttp.template())
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> audience(String clientId) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(clientId)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_user_info_response",
                        "The userinfo's audience is not this client", null));
    }
}
