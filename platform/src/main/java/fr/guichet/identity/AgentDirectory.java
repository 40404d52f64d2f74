package fr.guichet.identity;

import fr.guichet.forms.checks.CheckResult;
import fr.guichet.forms.checks.TextRules;
import fr.guichet.notifications.Notification;
import fr.guichet.notifications.Notifications;
import fr.guichet.notifications.TemplateKey;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The commune's agents as its administrators manage them: invite (the agent receives a link to choose a password),
 * change roles, unlock, deactivate and reactivate. Every change is refused in French when it would leave the commune
 * without an active administrator, or when the account changed since the administrator saw it; every change is
 * logged with who made it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AgentDirectory {

    /** Where the invitation link leads, under the back office's address. */
    public static final String INVITATION_PATH = "agents/invitation/";

    private static final Logger LOG = LoggerFactory.getLogger(AgentDirectory.class);

    private final Agents agents;
    private final Notifications notifications;
    private final AgentStanding standing;
    private final Clock clock;

    AgentDirectory(Agents agents, Notifications notifications, AgentStanding standing, Clock clock) {
        this.agents = agents;
        this.notifications = notifications;
        this.standing = standing;
        this.clock = clock;
    }

    /** Every agent of the commune, by name. */
    @TenantTransactional(readOnly = true)
    public List<AgentAccount> list() {
        Instant now = clock.instant();
        return agents.findAll().stream().map(agent -> agent.asAccount(now))
                .sorted(Comparator.comparing(AgentAccount::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Creates the account of {@code email} without a password and mails the agent a link, valid seven days, to choose
     * one.
     *
     * @param backOfficeUrl the back office's address ending with a slash, e.g. {@code https://annecy.guichet.fr/}
     */
    @TenantTransactional
    public AgentAccount invite(String email, String displayName, Set<AgentRole> roles, String backOfficeUrl) {
        String address = switch (TextRules.email(email == null ? "" : email)) {
            case CheckResult.Valid valid -> valid.normalised();
            case CheckResult.Invalid invalid -> throw new AccountChangeRefused(invalid.message());
        };
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new AccountChangeRefused("Indiquez le nom de l’agent (120 caractères au plus).");
        }
        requireRoles(roles);
        if (agents.findByEmailIgnoreCase(address).isPresent()) {
            throw new AccountChangeRefused("Un compte existe déjà pour l’adresse " + address + ".");
        }
        Agent.Invited invited = Agent.invite(address, name, roles, actor(), clock.instant());
        agents.saveAndFlush(invited.agent());
        mailInvitation(invited.agent(), invited.token(), backOfficeUrl);
        LOG.info("Agent {} invited by {} with roles {}", invited.agent().id(), actor(), roles);
        return invited.agent().asAccount(clock.instant());
    }

    /** A new invitation link for an agent who has not chosen a password yet (the previous link stops working). */
    @TenantTransactional
    public AgentAccount inviteAgain(UUID agentId, long seenVersion, String backOfficeUrl) {
        Agent agent = seen(agentId, seenVersion);
        if (agent.passwordHash() != null) {
            throw new AccountChangeRefused("Cet agent a déjà choisi son mot de passe : il n’a pas besoin d’invitation.");
        }
        if (!agent.isActive()) {
            throw new AccountChangeRefused("Réactivez d’abord ce compte.");
        }
        String token = agent.renewInvitation(clock.instant());
        mailInvitation(agent, token, backOfficeUrl);
        LOG.info("Agent {} invited again by {}", agentId, actor());
        return saved(agent);
    }

    @TenantTransactional
    public AgentAccount changeRoles(UUID agentId, long seenVersion, Set<AgentRole> roles) {
        requireRoles(roles);
        Agent agent = seen(agentId, seenVersion);
        if (agent.roles().contains(AgentRole.ADMIN) && !roles.contains(AgentRole.ADMIN)) {
            if (isMe(agent)) {
                throw new AccountChangeRefused("Vous ne pouvez pas retirer votre propre rôle d’administrateur : "
                        + "demandez-le à un autre administrateur.");
            }
            requireAnotherActiveAdmin(agent);
        }
        agent.changeRoles(roles);
        LOG.info("Roles of agent {} set to {} by {}", agentId, roles, actor());
        return saved(agent);
    }

    @TenantTransactional
    public AgentAccount deactivate(UUID agentId, long seenVersion) {
        Agent agent = seen(agentId, seenVersion);
        if (isMe(agent)) {
            throw new AccountChangeRefused("Vous ne pouvez pas désactiver votre propre compte.");
        }
        if (agent.roles().contains(AgentRole.ADMIN)) {
            requireAnotherActiveAdmin(agent);
        }
        agent.deactivate();
        LOG.info("Agent {} deactivated by {}", agentId, actor());
        return saved(agent);
    }

    @TenantTransactional
    public AgentAccount reactivate(UUID agentId, long seenVersion) {
        Agent agent = seen(agentId, seenVersion);
        agent.reactivate();
        LOG.info("Agent {} reactivated by {}", agentId, actor());
        return saved(agent);
    }

    /** Lifts a lock after repeated wrong passwords before it expires by itself. */
    @TenantTransactional
    public AgentAccount unlock(UUID agentId, long seenVersion) {
        Agent agent = seen(agentId, seenVersion);
        agent.unlock();
        LOG.info("Agent {} unlocked by {}", agentId, actor());
        return saved(agent);
    }

    /**
     * Removes an agent's second factor (lost telephone, no recovery code left): the agent signs in with the password
     * alone, or enrols again at once where the commune requires it.
     */
    @TenantTransactional
    public AgentAccount resetSecondFactor(UUID agentId, long seenVersion) {
        Agent agent = seen(agentId, seenVersion);
        if (!agent.hasSecondFactor()) {
            throw new AccountChangeRefused("Cet agent n’a pas de double authentification à réinitialiser.");
        }
        agent.resetSecondFactor();
        LOG.info("Second factor of agent {} reset by {}", agentId, actor());
        return saved(agent);
    }

    private void mailInvitation(Agent agent, String token, String backOfficeUrl) {
        notifications.enqueue(Notification.email(agent.email(), TemplateKey.AGENT_INVITATION, Map.of(
                "name", agent.displayName(), "link", backOfficeUrl + INVITATION_PATH + token)));
    }

    private Agent seen(UUID agentId, long seenVersion) {
        Agent agent = agents.findById(agentId)
                .orElseThrow(() -> new AccountChangeRefused("Ce compte n’existe plus : rechargez la page."));
        if (agent.version() != seenVersion) {
            throw new AccountChangeRefused("Ce compte a été modifié entre-temps : rechargez la page et recommencez.");
        }
        return agent;
    }

    private AgentAccount saved(Agent agent) {
        standing.changed(agent.email());
        return agents.saveAndFlush(agent).asAccount(clock.instant());
    }

    private void requireAnotherActiveAdmin(Agent agent) {
        boolean another = agents.findAll().stream().anyMatch(other -> !other.id().equals(agent.id())
                && other.isActive() && other.passwordHash() != null && other.roles().contains(AgentRole.ADMIN));
        if (!another) {
            throw new AccountChangeRefused("La commune doit garder au moins un administrateur actif : nommez-en un "
                    + "autre d’abord.");
        }
    }

    private static void requireRoles(Set<AgentRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountChangeRefused("Choisissez au moins un rôle.");
        }
    }

    private static boolean isMe(Agent agent) {
        return agent.email().equalsIgnoreCase(actor());
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
