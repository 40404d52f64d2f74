package fr.guichet.agentproviders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.identity.AgentSignInRefused;
import fr.guichet.identity.ProviderAccounts;
import fr.guichet.identity.ProviderIdentity;
import fr.guichet.oidc.ProviderUserInfo;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProviderUserInfo userInfo;
    private final ProviderAccounts accounts;

    AgentProviderUsers(ProviderUserInfo userInfo, ProviderAccounts accounts) {
        this.userInfo = userInfo;
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
        try {
            ProviderUserInfo.Answer answer = userInfo.fetch(registration, accessToken);
            if (answer.isJwt()) {
                return userInfo.verified(registration, answer);
            }
            if (answer.type() == null || !MediaType.APPLICATION_JSON.isCompatibleWith(answer.type())) {
                throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN, "Userinfo of type " + answer.type());
            }
            return JSON.readValue(answer.body(), new TypeReference<Map<String, Object>>() { });
        } catch (ProviderUserInfo.Failure failure) {
            throw new AgentProviderRefused(failure.unreachable() ? AgentProviderRefused.Reason.UNAVAILABLE
                    : AgentProviderRefused.Reason.TOKEN, failure.getMessage());
        } catch (JsonProcessingException e) {
            throw new AgentProviderRefused(AgentProviderRefused.Reason.TOKEN, "Userinfo is not JSON");
        }
    }
}
