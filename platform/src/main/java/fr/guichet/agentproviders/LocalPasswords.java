package fr.guichet.agentproviders;

import fr.guichet.identity.LocalPasswordPolicy;
import org.springframework.stereotype.Component;

/** A commune whose provider is configured without local passwords refuses its agents' password sign-in. */
@Component
class LocalPasswords implements LocalPasswordPolicy {

    private final AgentProviders providers;

    LocalPasswords(AgentProviders providers) {
        this.providers = providers;
    }

    @Override
    public boolean allowedHere() {
        return providers.localPasswordsAllowedHere();
    }
}
