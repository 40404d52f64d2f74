package fr.guichet.franceconnect;

import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * FranceConnect v2's endpoints under its issuer and what Guichet asks of it: the scopes of the pivot identity plus
 * the e-mail, the client secret sent in the token request's body, and the {@code session/end} logout endpoint.
 */
final class FranceConnectProvider {

    /** The one registration id: a tenant has at most one FranceConnect client, resolved by the tenant context. */
    static final String REGISTRATION_ID = "franceconnect";
    static final List<String> SCOPES = List.of("openid", "given_name", "family_name", "preferred_username",
            "birthdate", "birthplace", "birthcountry", "gender", "email");
    static final String END_SESSION = "end_session_endpoint";

    private FranceConnectProvider() {
    }

    static ClientRegistration registration(String clientId, String clientSecret, String issuer) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("FranceConnect")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(SCOPES)
                .issuerUri(issuer)
                .authorizationUri(issuer + "/authorize")
                .tokenUri(issuer + "/token")
                .userInfoUri(issuer + "/userinfo")
                .userInfoAuthenticationMethod(AuthenticationMethod.HEADER)
                .userNameAttributeName("sub")
                .jwkSetUri(issuer + "/jwks")
                .providerConfigurationMetadata(Map.of(END_SESSION, issuer + "/session/end"))
                .build();
    }
}
