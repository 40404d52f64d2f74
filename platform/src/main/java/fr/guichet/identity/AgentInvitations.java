package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The link an invited agent opens to choose a password. The link works once, seven days, in its commune only (the
 * token is looked up in the current tenant's schema), and only for an account still active.
 */
@Service
public class AgentInvitations {

    private static final Logger LOG = LoggerFactory.getLogger(AgentInvitations.class);

    /** Who is invited, as the page greets them. */
    public record Invitation(String displayName, String email) {
    }

    private final Agents agents;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AgentInvitations(Agents agents, PasswordEncoder passwords, Clock clock) {
        this.agents = agents;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The invitation of {@code token}, if it is still valid here. */
    @TenantTransactional(readOnly = true)
    public Optional<Invitation> find(String token) {
        return pending(token).map(agent -> new Invitation(agent.displayName(), agent.email()));
    }

    /**
     * Sets the invited agent's password, after {@link PasswordRules}; the link then stops working.
     *
     * @throws AccountChangeRefused with the reason in French (link no longer valid, weak password, typing mismatch)
     */
    @TenantTransactional
    public void accept(String token, String password, String confirmation) {
        Agent agent = pending(token).orElseThrow(() -> new AccountChangeRefused(
                "Ce lien d’invitation n’est plus valable : demandez à un administrateur de vous inviter à nouveau."));
        PasswordRules.problem(password, agent.email()).ifPresent(problem -> {
            throw new AccountChangeRefused(problem);
        });
        if (!Objects.equals(password, confirmation)) {
            throw new AccountChangeRefused("Les deux mots de passe saisis sont différents.");
        }
        agent.acceptInvitation(passwords.encode(password));
        agents.saveAndFlush(agent);
        LOG.info("Agent {} accepted the invitation", agent.id());
    }

    private Optional<Agent> pending(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return agents.findByInvitationHash(SecretTokens.hash(token))
                .filter(agent -> agent.isActive() && agent.invitationValidAt(clock.instant()));
    }
}
