package fr.guichet.teams;

import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentSummary;
import fr.guichet.tenancy.TenantTransactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The tenant's teams as the work on requests needs them: a team by id, the teams processing a procedure, who is in
 * them. Read-only; changing teams is {@link TeamAdministration}'s.
 */
@Service
public class TeamDirectory {

    private final Teams teams;
    private final AgentAccounts agents;

    TeamDirectory(Teams teams, AgentAccounts agents) {
        this.teams = teams;
        this.agents = agents;
    }

    @PreAuthorize("hasAnyRole('AGENT', 'DESIGNER', 'ADMIN')")
    @TenantTransactional(readOnly = true)
    public List<TeamSummary> all() {
        return teams.findAllByOrderByNameAsc().stream().map(Team::summary).toList();
    }

    @TenantTransactional(readOnly = true)
    public Optional<TeamSummary> find(UUID id) {
        return teams.findById(id).map(Team::summary);
    }

    /** The teams that process {@code procedureId}'s requests, by name. */
    @TenantTransactional(readOnly = true)
    public List<TeamSummary> processing(UUID procedureId) {
        return teams.processing(procedureId).stream().map(Team::summary).toList();
    }

    /** The active agents of these teams, each once. */
    @TenantTransactional(readOnly = true)
    public List<AgentSummary> members(Collection<TeamSummary> of) {
        Set<UUID> ids = new HashSet<>();
        of.forEach(team -> ids.addAll(team.members()));
        return ids.isEmpty() ? List.of() : agents.withIds(ids).stream().filter(AgentSummary::active).toList();
    }
}
