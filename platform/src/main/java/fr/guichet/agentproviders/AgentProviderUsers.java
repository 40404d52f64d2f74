package fr.guichet.agentproviders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.identity.AgentSignInRefused;
import fr.guichet.identity.ProviderAccounts;
import fr.guichet.identity.ProviderIdentity;
import fr.guichet.oidc.IdTokenDecoders;
import fr.guichet.oidc.ProviderHttp;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * After the id_token passed its checks (signature, issuer, audience, expiry, nonce): reads the provider's userinfo
 * when it has one — a signed JWT (ProConnect) checked against the provider's keys, issuer and audience, or plain
 * JSON (Keycloak, Entra ID) — whose subject must be the id_token's, then matches the identity to an agent account of
 * the current commune ({@link ProviderAccounts}). ProConnect's federation only admits professional addresses vouched
 * for by the agent's identity provider: its address counts as verified unless it says {@code email_verified=false};
 * any other provider must say {@code email_verified=true}. Every failure is an {@link AgentProviderRefused}.
 */
@Component
public class AgentProviderUsers {

    private static final Logger log = LoggerFactory.getLogger(AgentProviderUsers.class);
    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdTokenDecoders decoders;
    private final ProviderAccounts accounts;
    private final RestClient http = ProviderHttp.client().build();

    AgentProviderUsers(IdTokenDecoders decoders, ProviderAccounts accounts) {
        this.decoders = decoders;
        this.accounts = accounts;
    }

    public OidcUser loadUser(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        Map<String, Object> claims = new HashMap<>(request.getIdToken().getClaims());
        if (registration.getProviderDetails().getUserInfoEndpoint().getUri() != null) {
            Map<String, Object> userInfo = userInfo(registration, request.getAccessToken().getTokenValue());
            if (!request.getIdToken().getSubject().equals(userInfo.get("sub"))) {
                throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN,
                        "The userinfo's subject is not the id_token's");
            }
            claims.putAll(userInfo);
        }
        if (!(claims.get("email") instanceof String email) || email.isBlank()) {
            throw new AgentProviderRefused(AgentProviderRefused.Reason.EMAIL_NOT_VERIFIED,
                    "The provider gave no e-mail address");
        }
        Object verified = claims.get("email_verified");
        boolean emailVerified = verified == null ? AgentProviderClient.kind(registration) == ProviderKind.PROCONNECT
                : Boolean.TRUE.equals(verified) || "true".equals(verified);
        ProviderIdentity identity = new ProviderIdentity(
                String.valueOf(registration.getProviderDetails().getIssuerUri()), request.getIdToken().getSubject(),
                email.strip(), emailVerified);
        try {
            return accounts.signIn(identity, request.getIdToken());
        } catch (AgentSignInRefused refused) {
            throw new AgentProviderRefused(switch (refused.reason()) {
                case UNKNOWN_AGENT -> AgentProviderRefused.Reason.UNKNOWN_AGENT;
                case DEACTIVATED -> AgentProviderRefused.Reason.DEACTIVATED;
                case LOCKED -> AgentProviderRefused.Reason.LOCKED;
                case EMAIL_NOT_VERIFIED -> AgentProviderRefused.Reason.EMAIL_NOT_VERIFIED;
                case LINKED_ELSEWHERE -> AgentProviderRefused.Reason.LINKED_ELSEWHERE;
            }, refused.getMessage());
        }
    }

    private Map<String, Object> userInfo(ClientRegistration registration, String accessToken) {
        ResponseEntity<String> response;
        try {
            response = http.get().uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(String.class);
        } catch (RestClientResponseException e) {
            throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN,
                    "The provider's userinfo answered " + e.getStatusCode());
        } catch (RestClientException e) {
            log.warn("Agents' provider userinfo unreachable: {}", e.getMessage());
            throw new AgentProviderRefused(AgentProviderRefused.Reason.UNAVAILABLE, "Userinfo unreachable");
        }
        MediaType type = response.getHeaders().getContentType();
        String body = response.getBody();
        if (type == null || body == null) {
            throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN, "Empty userinfo");
        }
        if (JWT.isCompatibleWith(type)) {
            try {
                return decoders.decoder(registration, "userinfo", () -> new DelegatingOAuth2TokenValidator<>(
                        new JwtIssuerValidator(String.valueOf(registration.getProviderDetails().getIssuerUri())),
                        jwt -> jwt.getAudience() != null && jwt.getAudience().contains(registration.getClientId())
                                ? OAuth2TokenValidatorResult.success()
                                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_user_info_response",
                                        "The userinfo's audience is not this client", null))))
                        .decode(body.strip()).getClaims();
            } catch (JwtException e) {
                throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN,
                        "The provider's userinfo JWT refused: " + e.getMessage());
            }
        }
        if (!MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN, "Userinfo of type " + type);
        }
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN, "Userinfo is not JSON");
        }
    }
}
