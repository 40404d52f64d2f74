package fr.guichet.identity;

import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.stereotype.Service;

/**
 * Agents' accounts of the current commune seen from its OpenID Connect provider (decision 022). The rules:
 * <ol>
 * <li>an account linked to this (issuer, subject) is the one, whatever its address has become at the provider;</li>
 * <li>otherwise the provider must vouch for the address ({@code email_verified}), and an account of this commune that
 * an administrator created or invited must have it: the identity is then linked to it for good (an account already
 * linked to another subject of the same provider is refused);</li>
 * <li>no account: refused. An identity never creates an account, and the provider never gives a role: roles are
 * the commune's, in Guichet;</li>
 * <li>a deactivated or locked account is refused, as with a password.</li>
 * </ol>
 */
@Service
public class ProviderAccounts {

    private static final Logger log = LoggerFactory.getLogger(ProviderAccounts.class);

    private final Agents agents;
    private final AgentStanding standing;
    private final Clock clock;

    ProviderAccounts(Agents agents, AgentStanding standing, Clock clock) {
        this.agents = agents;
        this.standing = standing;
        this.clock = clock;
    }

    /**
     * Signs the agent in on the current commune's back office under the rules above.
     *
     * @throws AgentSignInRefused when the identity opens no account here; nothing is written then
     */
    @TenantTransactional
    public ProviderAgent signIn(ProviderIdentity identity, OidcIdToken idToken) {
        var tenant = TenantContext.requiredTenant();
        Agent agent = agents.findByProviderIssuerAndProviderSubject(identity.issuer(), identity.subject())
                .orElseGet(() -> firstSignIn(identity));
        if (!agent.isActive()) {
            throw new AgentSignInRefused(AgentSignInRefused.Reason.DEACTIVATED, "Agent " + agent.id()
                    + " is deactivated");
        }
        if (agent.isLockedAt(clock.instant())) {
            throw new AgentSignInRefused(AgentSignInRefused.Reason.LOCKED, "Agent " + agent.id() + " is locked");
        }
        if (!agent.isLinkedTo(identity.issuer())) {
            agent.linkProvider(identity.issuer(), identity.subject());
            standing.changed(agent.email());
            log.info("Agent {} linked to its identity at {}", agent.id(), identity.issuer());
        }
        agent.signedIn(clock.instant());
        return new ProviderAgent(agent, tenant, idToken);
    }

    /**
     * Forgets every agent's link to a provider's identity in the current commune, when its provider or client
     * changed (subjects are pairwise per client): each agent is linked again by verified address at the next sign-in.
     */
    @TenantTransactional
    public int forgetLinks() {
        int forgotten = agents.forgetProviderLinks();
        if (forgotten > 0) {
            log.info("{} agents' links to the former identity provider forgotten", forgotten);
        }
        return forgotten;
    }

    private Agent firstSignIn(ProviderIdentity identity) {
        if (!identity.emailVerified()) {
            throw new AgentSignInRefused(AgentSignInRefused.Reason.EMAIL_NOT_VERIFIED,
                    "The provider does not vouch for the address of subject " + identity.subject());
        }
        Optional<Agent> byAddress = agents.findByEmailIgnoreCase(EmailAddresses.normalise(identity.email()));
        if (byAddress.isEmpty()) {
            throw new AgentSignInRefused(AgentSignInRefused.Reason.UNKNOWN_AGENT,
                    "No agent account of this commune for the provider's identity");
        }
        if (byAddress.get().isLinkedTo(identity.issuer())) {
            throw new AgentSignInRefused(AgentSignInRefused.Reason.LINKED_ELSEWHERE,
                    "Agent " + byAddress.get().id() + " is linked to another subject of " + identity.issuer());
        }
        return byAddress.get();
    }
}
