package fr.guichet.e2e;

import fr.guichet.agentproviders.AgentProviders;
import fr.guichet.agentproviders.ProviderChange;
import fr.guichet.agentproviders.ProviderKind;
import fr.guichet.tenancy.Tenant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives a test commune an identity provider for its agents, as a platform operator would in tenant-admin. */
@Component
public class TestAgentProviders {

    private final AgentProviders providers;

    TestAgentProviders(AgentProviders providers) {
        this.providers = providers;
    }

    public void configure(Tenant tenant, ProviderKind kind, String issuer, String clientId, String secret,
            boolean localPasswords) {
        var previous = SecurityContextHolder.getContext();
        var operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operatrice@guichet.test", null,
                AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
        SecurityContextHolder.setContext(operator);
        try {
            providers.save(tenant, new ProviderChange(kind, "Compte de la commune", issuer, clientId, secret, "",
                    localPasswords));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
