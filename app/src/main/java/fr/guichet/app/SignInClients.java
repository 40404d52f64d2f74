package fr.guichet.app;

import fr.guichet.agentproviders.AgentProviderSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The two OpenID Connect sign-ins of a tenant's host share Spring Security's one {@code oauth2Login}: the registration
 * {@code agents} is the commune's provider for its agents (decision 022), any other id is looked up among citizens'
 * FranceConnect registrations (decision 018). Both resolve to the current tenant's, never another's.
 */
final class SignInClients implements ClientRegistrationRepository {

    private final ClientRegistrationRepository franceConnect;
    private final AgentProviderSignIn agents;

    SignInClients(ClientRegistrationRepository franceConnect, AgentProviderSignIn agents) {
        this.franceConnect = franceConnect;
        this.agents = agents;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return AgentProviderSignIn.REGISTRATION_ID.equals(registrationId) ? agents.registration()
                : franceConnect.findByRegistrationId(registrationId);
    }
}
