package fr.guichet.teams;

import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.tenancy.TenantTransactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Which requests an agent may see, the one rule every feature showing requests applies (inbox, request pages,
 * files, counter intake, search): an administrator of the tenant sees every procedure's requests; any other agent
 * sees the requests of the procedures their teams process, and nothing while they belong to no team
 * (docs/decisions/014-teams-and-agent-scope.md).
 */
@Service
public class AgentScope {

    private static final String ADMIN = AgentRole.ADMIN.authority();

    private final Teams teams;
    private final AgentAccounts agents;

    AgentScope(Teams teams, AgentAccounts agents) {
        this.teams = teams;
        this.agents = agents;
    }

    /** The procedures whose requests {@code agent} (a signed-in agent of the current tenant) may see. */
    @TenantTransactional(readOnly = true)
    public VisibleProcedures visibleProcedures(Authentication agent) {
        if (isAdministrator(agent)) {
            return VisibleProcedures.everything();
        }
        List<Team> mine = teamsOfAgent(agent);
        if (mine.isEmpty()) {
            return VisibleProcedures.noTeam();
        }
        Set<UUID> procedures = new HashSet<>();
        mine.forEach(team -> procedures.addAll(team.procedures()));
        return VisibleProcedures.ofTeams(procedures);
    }

    /** {@link #visibleProcedures(Authentication)} of the agent signed in on this thread. */
    @TenantTransactional(readOnly = true)
    public VisibleProcedures ofCurrentAgent() {
        return visibleProcedures(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The teams {@code agent} belongs to (an administrator too may belong to teams). */
    @TenantTransactional(readOnly = true)
    public Set<UUID> teamsOf(Authentication agent) {
        return teamsOfAgent(agent).stream().map(Team::id).collect(Collectors.toUnmodifiableSet());
    }

    private List<Team> teamsOfAgent(Authentication agent) {
        return agents.byEmail(agent.getName()).map(found -> teams.withMember(found.id())).orElse(List.of());
    }

    private static boolean isAdministrator(Authentication agent) {
        return agent.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
    }
}
