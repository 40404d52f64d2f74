package fr.guichet.agentproviders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * A tenant's provider as Spring Security's client registration: the one registration id {@code agents} (a tenant has
 * at most one provider for its agents, resolved by the tenant context), the endpoints from the discovery document,
 * the client secret sent as the provider prefers (HTTP Basic unless it only takes it in the body), and the kind and
 * logout endpoint kept in the provider's metadata.
 */
final class AgentProviderClient {

    static final String REGISTRATION_ID = "agents";
    static final String KIND = "guichet_kind";
    static final String END_SESSION = "end_session_endpoint";

    private AgentProviderClient() {
    }

    static ClientRegistration registration(ProviderStore.Row row, String secret, ProviderMetadata metadata) {
        Map<String, Object> extra = new HashMap<>();
        extra.put(KIND, row.kind().name());
        if (metadata.endSessionEndpoint() != null) {
            extra.put(END_SESSION, metadata.endSessionEndpoint());
        }
        List<String> methods = metadata.tokenAuthMethods();
        var builder = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName(row.displayName())
                .clientId(row.clientId())
                .clientSecret(secret)
                .clientAuthenticationMethod(!methods.contains("client_secret_basic")
                        && methods.contains("client_secret_post") ? ClientAuthenticationMethod.CLIENT_SECRET_POST
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(row.scopes())
                .issuerUri(metadata.issuer())
                .authorizationUri(metadata.authorizationEndpoint())
                .tokenUri(metadata.tokenEndpoint())
                .userInfoAuthenticationMethod(AuthenticationMethod.HEADER)
                .userNameAttributeName("sub")
                .jwkSetUri(metadata.jwksUri())
                .providerConfigurationMetadata(extra);
        if (metadata.userInfoEndpoint() != null) {
            builder.userInfoUri(metadata.userInfoEndpoint());
        }
        return builder.build();
    }

    static ProviderKind kind(ClientRegistration registration) {
        return ProviderKind.valueOf(String.valueOf(registration.getProviderDetails().getConfigurationMetadata()
                .get(KIND)));
    }
}
