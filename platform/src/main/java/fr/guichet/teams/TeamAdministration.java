package fr.guichet.teams;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentSummary;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The tenant's administrators manage its teams: name, agents, procedures processed. Every change is checked before
 * anything is written (names present, unique whatever their case, agents and procedures of this tenant); a team with
 * open requests assigned cannot be removed.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TeamAdministration {

    static final int MAX_NAME = 80;

    private final Teams teams;
    private final AgentAccounts agents;
    private final Catalog catalog;
    private final OpenAssignments assignments;
    private final Clock clock;

    TeamAdministration(Teams teams, AgentAccounts agents, Catalog catalog, OpenAssignments assignments, Clock clock) {
        this.teams = teams;
        this.agents = agents;
        this.catalog = catalog;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The tenant's teams by name, with their agents and procedures. */
    @TenantTransactional(readOnly = true)
    public List<TeamOverview> list() {
        Map<UUID, AgentSummary> agentsById = agents().stream()
                .collect(Collectors.toMap(AgentSummary::id, Function.identity()));
        Map<UUID, ProcedureOverview> proceduresById = procedures().stream()
                .collect(Collectors.toMap(ProcedureOverview::id, Function.identity()));
        return teams.findAllByOrderByNameAsc().stream().map(team -> new TeamOverview(team.id(), team.name(),
                team.members().stream().map(agentsById::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(AgentSummary::displayName)).toList(),
                team.procedures().stream().map(proceduresById::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(ProcedureOverview::title)).toList())).toList();
    }

    /** The agents a team can have: the tenant's active agents. */
    @TenantTransactional(readOnly = true)
    public List<AgentSummary> agents() {
        return agents.list().stream().filter(AgentSummary::active).toList();
    }

    /** The procedures a team can process: the tenant's procedures. */
    @TenantTransactional(readOnly = true)
    public List<ProcedureOverview> procedures() {
        return catalog.all().stream().sorted(Comparator.comparing(ProcedureOverview::title)).toList();
    }

    @TenantTransactional
    public UUID create(TeamChange change) {
        check(null, change);
        Team team = new Team(change, clock.instant());
        return saved(team, change).id();
    }

    @TenantTransactional
    public void update(UUID id, TeamChange change) {
        Team team = teams.findById(id).orElseThrow(TeamAdministration::gone);
        check(id, change);
        team.change(change);
        saved(team, change);
    }

    /** Removes a team; refused while open requests are assigned to it (closed ones simply forget it). */
    @TenantTransactional
    public void delete(UUID id) {
        Team team = teams.findById(id).orElseThrow(TeamAdministration::gone);
        long open = assignments.openRequestsAssignedTo(id);
        if (open > 0) {
            throw new TeamRefused("L’équipe « " + team.name() + " » a encore " + open + (open == 1
                    ? " demande en cours qui lui est attribuée" : " demandes en cours qui lui sont attribuées")
                    + " : attribuez-les à une autre équipe avant de la supprimer.");
        }
        teams.delete(team);
    }

    private void check(@Nullable UUID id, TeamChange change) {
        String name = change.name() == null ? "" : change.name().strip();
        if (name.isEmpty()) {
            throw new TeamRefused("Donnez un nom à l’équipe.", true);
        }
        if (name.length() > MAX_NAME) {
            throw new TeamRefused("Le nom de l’équipe dépasse " + MAX_NAME + " caractères : raccourcissez-le.",
                    true);
        }
        teams.findByNameIgnoreCase(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw duplicate(other.name());
        });
        if (!agents().stream().map(AgentSummary::id).collect(Collectors.toSet()).containsAll(change.members())) {
            throw new TeamRefused("Un des agents choisis n’existe plus ou n’est plus actif : rechargez la page.");
        }
        if (!procedures().stream().map(ProcedureOverview::id).collect(Collectors.toSet())
                .containsAll(change.procedures())) {
            throw new TeamRefused("Une des démarches choisies n’existe plus : rechargez la page.");
        }
    }

    private Team saved(Team team, TeamChange change) {
        try {
            return teams.saveAndFlush(team);
        } catch (DataIntegrityViolationException raced) {
            // Another administrator saved the same name meanwhile: the unique index says so.
            throw duplicate(change.name().strip());
        }
    }

    private static TeamRefused duplicate(String name) {
        return new TeamRefused("Une équipe s’appelle déjà « " + name + " » : choisissez un autre nom.", true);
    }

    private static TeamRefused gone() {
        return new TeamRefused("Cette équipe n’existe plus : un autre administrateur l’a peut-être supprimée.");
    }
}
