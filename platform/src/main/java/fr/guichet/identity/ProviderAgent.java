package fr.guichet.identity;

import fr.guichet.tenancy.CurrentTenant;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * An agent signed in through the commune's OpenID Connect provider: the same agent principal as a password sign-in
 * (address, Guichet's roles of this commune, the commune as realm, so that {@code RealmGuard} and
 * {@code AgentStanding} apply unchanged), plus the verified id_token, which the logout through the provider's
 * {@code end_session_endpoint} sends back as {@code id_token_hint}. Nothing of the provider's says what the agent may
 * do here.
 */
public final class ProviderAgent extends GuichetUser implements VerifiedIdToken {

    private final OidcIdToken idToken;

    ProviderAgent(Agent agent, CurrentTenant tenant, OidcIdToken idToken) {
        super(agent.email(), "", true, agent.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList(), tenant.id().toString(),
                agent.displayName());
        this.idToken = idToken;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    /** The account's address, as for a password sign-in (never the provider's subject). */
    @Override
    public String getName() {
        return getUsername();
    }
}
