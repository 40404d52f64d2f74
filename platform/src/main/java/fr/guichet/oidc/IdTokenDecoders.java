package fr.guichet.oidc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Decoders of providers' JWTs, per tenant's registration: signatures checked against the provider's JWKS (RS256 or
 * ES256 only) with short timeouts, and the claims against what was asked. Spring Security's own factory caches one
 * decoder per registration id, which is the same ({@code franceconnect}, {@code agents}) for every tenant: that would
 * check tenant B's tokens against tenant A's client id. Here the cache key is the provider, the client and the use.
 * The id_token's checks are Spring's ({@link OidcIdTokenValidator}: issuer, audience, authorized party, expiry, issue
 * time) plus the {@link IdTokenRule}s that apply to the registration.
 */
@Component
public class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private record Key(String jwkSetUri, String issuer, String clientId, String use) {
    }

    // Looked up when a decoder is built: a rule's own bean may use this one (for its userinfo's decoder).
    private final ObjectProvider<IdTokenRule> rules;
    private final Cache<Key, JwtDecoder> decoders = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    IdTokenDecoders(ObjectProvider<IdTokenRule> rules) {
        this.rules = rules;
    }

    /** The id_token's decoder. */
    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        return decoder(registration, "id_token", () -> {
            List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
            validators.add(new OidcIdTokenValidator(registration));
            rules.orderedStream().filter(rule -> rule.appliesTo(registration)).map(IdTokenRule::validator)
                    .forEach(validators::add);
            return new DelegatingOAuth2TokenValidator<>(validators);
        });
    }

    /**
     * Another JWT of the provider signed with the same keys (a signed userinfo), checked by {@code validator}; cached
     * under {@code use} beside the id_token's.
     */
    public JwtDecoder decoder(ClientRegistration registration, String use,
            Supplier<OAuth2TokenValidator<Jwt>> validator) {
        var provider = registration.getProviderDetails();
        return decoders.get(new Key(provider.getJwkSetUri(), String.valueOf(provider.getIssuerUri()),
                registration.getClientId(), use), key -> build(key.jwkSetUri(), validator.get()));
    }

    private static JwtDecoder build(String jwkSetUri, OAuth2TokenValidator<Jwt> validator) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithms(algorithms -> {
                    algorithms.clear();
                    algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256));
                })
                .restOperations(ProviderHttp.template())
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
