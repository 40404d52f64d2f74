package fr.guichet.agentproviders;

import fr.guichet.identity.ProviderAgent;
import fr.guichet.oidc.ProviderReachability;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current commune's provider as the sign-in round trip needs it: its client registration (id
 * {@value AgentProviderClient#REGISTRATION_ID}), whether it can be used now (its discovery document and its keys
 * answer, so that a provider that is down gives the sign-in page's French message) and where an agent signed in
 * through it goes to sign out.
 */
@Component
public class AgentProviderSignIn {

    private static final Logger log = LoggerFactory.getLogger(AgentProviderSignIn.class);
    public static final String REGISTRATION_ID = AgentProviderClient.REGISTRATION_ID;

    /** The answer for the current commune. */
    public enum State { READY, NOT_OFFERED, UNAVAILABLE }

    private final AgentProviders providers;
    private final ProviderReachability reachability;

    AgentProviderSignIn(AgentProviders providers, ProviderReachability reachability) {
        this.providers = providers;
        this.reachability = reachability;
    }

    /** The current commune's registration, or null without one or while its provider cannot be discovered. */
    public @Nullable ClientRegistration registration() {
        try {
            return providers.current().orElse(null);
        } catch (AgentProviders.Unavailable e) {
            log.warn("Agents' identity provider unavailable: {}", e.getMessage());
            return null;
        }
    }

    public State current() {
        if (providers.offeredHere().isEmpty()) {
            return State.NOT_OFFERED;
        }
        ClientRegistration registration = registration();
        return registration != null && reachability.answers(registration.getProviderDetails().getJwkSetUri())
                ? State.READY : State.UNAVAILABLE;
    }

    /**
     * The provider's logout address for this agent ({@code id_token_hint}, {@code state},
     * {@code post_logout_redirect_uri}), or empty when the provider has no {@code end_session_endpoint}.
     */
    public Optional<String> endSession(ProviderAgent agent, String postLogoutRedirectUri, String state) {
        return Optional.ofNullable(registration())
                .map(registration -> registration.getProviderDetails().getConfigurationMetadata()
                        .get(AgentProviderClient.END_SESSION))
                .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint.toString())
                        .queryParam("id_token_hint", agent.getIdToken().getTokenValue())
                        .queryParam("state", state)
                        .queryParam("post_logout_redirect_uri", postLogoutRedirectUri)
                        .encode().build().toUriString());
    }
}
