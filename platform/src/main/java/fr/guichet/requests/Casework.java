package fr.guichet.requests;

import fr.guichet.apiparticulier.ApiParticulierPrefill;
import fr.guichet.catalog.Catalog;
import fr.guichet.teams.AgentScope;
import fr.guichet.teams.TeamDirectory;
import fr.guichet.teams.TeamSummary;
import fr.guichet.tenancy.TenantTransactional;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The agents' work on requests: the inbox, opening a request (every opening is recorded, RGPD), workflow moves,
 * notes, messages and assignment. Each action names the version of the request the agent saw; if someone changed
 * it meanwhile the action is refused with {@link RequestChangedMeanwhile} and nothing is written. An agent works
 * only on the requests {@link AgentScope} lets them see: any other request is refused as if it did not exist.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
public class Casework {

    private final Requests requests;
    private final InboxQueries inbox;
    private final Catalog catalog;
    private final Clock clock;
    private final RequestNotices notices;
    private final RequestChanges changes;
    private final AgentScope scope;
    private final TeamDirectory teams;
    private final RequestWorkflows workflows;
    private final ApiParticulierPrefill apiParticulier;
    @PersistenceContext
    private EntityManager entityManager;

    Casework(Requests requests, InboxQueries inbox, Catalog catalog, Clock clock, RequestNotices notices,
            RequestChanges changes, AgentScope scope, TeamDirectory teams, RequestWorkflows workflows,
            ApiParticulierPrefill apiParticulier) {
        this.apiParticulier = apiParticulier;
        this.scope = scope;
        this.teams = teams;
        this.workflows = workflows;
        this.notices = notices;
        this.changes = changes;
        this.requests = requests;
        this.inbox = inbox;
        this.catalog = catalog;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    public List<InboxRow> inbox(InboxQuery query, int offset, int limit) {
        Instant now = clock.instant();
        Map<String, Workflow> byVersion = new HashMap<>();
        List<Request> page = inbox.page(query, viewer(query), now, Math.max(0, offset), Math.clamp(limit, 1, 500));
        Map<UUID, String> teamNames = page.stream().anyMatch(r -> r.teamId() != null) ? teams.all().stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name)) : Map.of();
        return page.stream()
                .map(r -> new InboxRow(r.id(), r.reference(), r.procedureTitle(), r.status(),
                        byVersion.computeIfAbsent(r.procedureId() + "/" + r.procedureVersion(),
                                version -> workflows.of(r)).agentLabel(r.status()), r.channel(), r.contactName(),
                        r.submittedAt(), r.dueAt(), r.overdue(now), r.assignee(),
                        r.teamId() == null ? null : teamNames.get(r.teamId())))
                .toList();
    }

    @TenantTransactional(readOnly = true)
    public long count(InboxQuery query) {
        return inbox.count(query, viewer(query), clock.instant());
    }

    /** Requests per status (agents' labels) under the query's other filters. */
    @TenantTransactional(readOnly = true)
    public Map<String, Long> countsByStatus(InboxQuery query) {
        return inbox.countsByStatus(query, viewer(query), clock.instant());
    }

    /** Opens a request, recording who read its personal data and when. */
    @TenantTransactional
    public RequestFile open(UUID id) {
        Request request = load(id);
        entityManager.createNativeQuery("INSERT INTO request_reads (request_id, agent, at, purpose)"
                + " VALUES (:request, :agent, :at, 'consultation')").setParameter("request", id)
                .setParameter("agent", agent().getName()).setParameter("at", clock.instant()).executeUpdate();
        return file(request);
    }

    /** Who opened a request and when, newest first (for the tenant's administrators and the citizen's rights). */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> reads(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT agent, at FROM request_reads"
                + " WHERE request_id = :request ORDER BY at DESC").setParameter("request", id).getResultList();
        return rows.stream().map(row -> row[0] + " " + row[1]).toList();
    }

    @TenantTransactional
    public RequestFile move(UUID id, long seenVersion, String transitionKey, @Nullable String comment) {
        Workflow workflow = workflows.of(load(id));
        Transition transition = workflow.transition(transitionKey).filter(t -> !t.byCitizen())
                .orElseThrow(() -> new TransitionRefused("Cette action n’existe pas dans le circuit de la démarche."));
        if (transition.roles().stream().noneMatch(roles()::contains)) {
            throw new TransitionRefused("Votre rôle ne permet pas l’action « " + transition.label() + " ».");
        }
        return change(id, seenVersion, request -> changes.move(request, workflow, transition, agent().getName(),
                comment));
    }

    @TenantTransactional
    public RequestFile addNote(UUID id, long seenVersion, String text) {
        return change(id, seenVersion, request -> request.addNote(agent().getName(), text, clock.instant()));
    }

    @TenantTransactional
    public RequestFile messageCitizen(UUID id, long seenVersion, String text) {
        return change(id, seenVersion, request -> {
            request.messageToCitizen(agent().getName(), text, clock.instant());
            notices.messaged(request, text.strip());
        });
    }

    /** Assigns the request to an agent's e-mail, or to nobody with {@code null}. */
    @TenantTransactional
    public RequestFile assign(UUID id, long seenVersion, @Nullable String assignee) {
        return change(id, seenVersion, request -> request.assignTo(assignee, agent().getName(), clock.instant()));
    }

    /**
     * Assigns the request to a team that processes its procedure, or to no team with {@code null}; recorded in the
     * timeline (« Attribuée à l’équipe … »).
     */
    @TenantTransactional
    public RequestFile assignTeam(UUID id, long seenVersion, @Nullable UUID teamId) {
        return change(id, seenVersion, request -> {
            if (teamId == null) {
                request.assignToTeam(null, null, agent().getName(), clock.instant());
                return;
            }
            TeamSummary team = teams.find(teamId).orElseThrow(() -> new TransitionRefused(
                    "Cette équipe n’existe plus : rechargez la page."));
            if (!team.processes(request.procedureId())) {
                throw new TransitionRefused("L’équipe « " + team.name() + " » ne traite pas la démarche « "
                        + request.procedureTitle() + " » : choisissez une équipe qui la traite.");
            }
            request.assignToTeam(team.id(), team.name(), agent().getName(), clock.instant());
        });
    }

    /** The teams a request of this procedure can be assigned to. */
    @TenantTransactional(readOnly = true)
    public List<TeamSummary> teamsFor(UUID procedureId) {
        return teams.processing(procedureId);
    }

    private InboxQueries.Viewer viewer(InboxQuery query) {
        return new InboxQueries.Viewer(scope.visibleProcedures(agent()),
                query.team() instanceof TeamFilter.Mine ? scope.teamsOf(agent()) : Set.of());
    }

    private RequestFile change(UUID id, long seenVersion, Consumer<Request> action) {
        return file(changes.apply(load(id), seenVersion, action));
    }

    private RequestFile file(Request request) {
        Workflow workflow = workflows.of(request);
        String formJson = catalog.version(request.procedureId(), request.procedureVersion()).orElseThrow()
                .formJson();
        return new RequestFile(request.id(), request.reference(), request.lockVersion(), request.procedureId(),
                request.procedureVersion(), request.procedureTitle(), formJson,
                AnswersJson.read(request.answersJson()), request.status(), workflow.agentLabel(request.status()),
                request.channel(), request.contactName(), request.contactEmail(), request.submittedAt(),
                request.dueAt(), request.overdue(clock.instant()), request.assignee(), request.registeredBy(),
                request.events().stream().map(event -> TimelineEntry.forAgents(event, workflow)).toList(),
                request.closedAt() == null ? workflow.agentMoves(request.status(), roles()) : List.of(),
                request.teamId(), Optional.ofNullable(request.teamId()).flatMap(teams::find).map(TeamSummary::name)
                        .orElse(null), apiParticulier.ofRequest(request.id()));
    }

    /** The request, if this agent may see it: one out of their scope does not exist for them. */
    private Request load(UUID id) {
        return requests.findById(id).filter(request -> scope.visibleProcedures(agent())
                .includes(request.procedureId())).orElseThrow(() -> new TransitionRefused(
                        "Cette demande n’existe pas dans votre collectivité."));
    }

    private static Authentication agent() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static Set<String> roles() {
        return agent().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
    }
}
