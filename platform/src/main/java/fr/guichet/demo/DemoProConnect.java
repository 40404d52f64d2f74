package fr.guichet.demo;

import fr.guichet.agentproviders.AgentProviders;
import fr.guichet.agentproviders.InvalidProvider;
import fr.guichet.agentproviders.ProviderChange;
import fr.guichet.agentproviders.ProviderKind;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Annecy's back office offers « Se connecter avec ProConnect » in the demo, against the simulator's ProConnect-like
 * issuer: once the simulator answers (its discovery document is checked before saving), Annecy's agents' provider is
 * saved, with local passwords still allowed. The simulator's agent Camille Rousseau has Annecy's demo agent address.
 */
@Component
@ConditionalOnProperty(name = "guichet.demo.enabled", havingValue = "true")
public class DemoProConnect {

    private static final Logger log = LoggerFactory.getLogger(DemoProConnect.class);
    /** The demo commune whose agents may sign in with ProConnect. */
    public static final String COMMUNE = "annecy";
    public static final String CLIENT_ID = "guichet-demo-agents-annecy";
    public static final String SECRET = "secret-de-demonstration-agents-annecy";

    private final TenantDirectory tenants;
    private final AgentProviders providers;

    DemoProConnect(TenantDirectory tenants, AgentProviders providers) {
        this.tenants = tenants;
        this.providers = providers;
    }

    /** Saves Annecy's provider unless it has one; {@code issuer} is the simulator's ProConnect-like issuer. */
    public void offer(String issuer) throws Exception {
        OperatorScopes.callAsPlatform(() -> {
            tenants.findBySlug(COMMUNE).filter(annecy -> providers.of(annecy).isEmpty()).ifPresent(annecy -> {
                try {
                    providers.save(annecy, new ProviderChange(ProviderKind.PROCONNECT, "", issuer, CLIENT_ID, SECRET,
                            "", true));
                    log.info("Demo: Annecy's back office offers « Se connecter avec ProConnect » (simulator {})",
                            issuer);
                } catch (InvalidProvider refused) {
                    log.warn("Demo: ProConnect not offered to Annecy's agents: {}", refused.getMessage());
                }
            });
            return null;
        });
    }
}
