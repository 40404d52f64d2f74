package fr.guichet.requests;

import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;

import static fr.guichet.testsupport.Acting.as;
import static fr.guichet.testsupport.Acting.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalog.Catalog;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.teams.AgentScope;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.teams.TeamChange;
import fr.guichet.teams.VisibleProcedures;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import fr.guichet.testsupport.TestTeams;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teams bound what agents see and do, in the services themselves: an agent of one team cannot list, count, open,
 * move, assign or register requests of another team's procedure; administrators see everything; requests are
 * assigned to teams; entering a state that notifies the team e-mails each of its agents once.
 */
@IntegrationTest
class AgentScopeTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demande", "Demande",
            Section.of("s", "Vous", Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()))));
    private static final Map<String, Object> ANSWERS = Map.of("nom", "Martin");
    private static final String CIVIL = "etat-civil@mairie.test";
    private static final String ROADS = "voirie@mairie.test";

    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    Intakes intakes;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    AgentAccounts agents;
    @Autowired
    TeamAdministration teams;
    @Autowired
    AgentScope scope;
    @Autowired
    Requests requests;
    @Autowired
    RequestChanges changes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("tenantTransactionManager")
    PlatformTransactionManager tenantTransactions;

    private Tenant commune;
    private String birth;
    private String pothole;
    private UUID civilTeam;
    private UUID roadsTeam;

    @BeforeEach
    void aCommuneWithTwoTeamsOfOneProcedureEach() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "equipes");
        birth = TestProcedures.publish(catalog, commune, "Acte de naissance", FORM);
        pothole = TestProcedures.publish(catalog, commune, "Signalement d’un nid-de-poule", FORM);
        civilTeam = TestTeams.team(agents, teams, catalog, commune, "État civil", CIVIL, birth);
        roadsTeam = TestTeams.team(agents, teams, catalog, commune, "Services techniques", ROADS, pothole);
    }

    @Test
    void anAgentOfOneTeamCannotListCountOpenMoveNorAssignAnotherTeamsRequests() {
        UUID birthRequest = submit(birth);
        UUID potholeRequest = submit(pothole);
        submit(pothole);

        assertThat(as(CIVIL, () -> in(commune, () -> casework.inbox(InboxQuery.all(), 0, 50)), "ROLE_AGENT"))
                .extracting(InboxRow::id).containsExactly(birthRequest);
        assertThat(agent(CIVIL, () -> casework.count(InboxQuery.all()))).isEqualTo(1);
        assertThat(agent(ROADS, () -> casework.count(InboxQuery.all()))).isEqualTo(2);
        UUID roadsProcedure = agent(ROADS, () -> casework.open(potholeRequest)).procedureId();
        assertThat(agent(CIVIL, () -> casework.count(new InboxQuery(roadsProcedure, null, null, null, null, null,
                false, InboxQuery.Order.NEWEST)))).as("a filter on another team's procedure finds nothing").isZero();

        long seen = agent(ROADS, () -> casework.open(potholeRequest)).lockVersion();
        List<Runnable> refused = List.of(
                () -> agent(CIVIL, () -> casework.open(potholeRequest)),
                () -> agent(CIVIL, () -> casework.move(potholeRequest, seen, "prendre_en_charge", null)),
                () -> agent(CIVIL, () -> casework.addNote(potholeRequest, seen, "Vu.")),
                () -> agent(CIVIL, () -> casework.messageCitizen(potholeRequest, seen, "Bonjour.")),
                () -> agent(CIVIL, () -> casework.assign(potholeRequest, seen, CIVIL)),
                () -> agent(CIVIL, () -> casework.assignTeam(potholeRequest, seen, civilTeam)));
        for (Runnable action : refused) {
            assertThatThrownBy(action::run).isInstanceOf(TransitionRefused.class)
                    .hasMessage("Cette demande n’existe pas dans votre collectivité.");
        }
        RequestFile untouched = agent(ROADS, () -> casework.open(potholeRequest));
        assertThat(untouched.lockVersion()).as("nothing written").isEqualTo(seen);
        assertThat(untouched.timeline()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".request_reads WHERE agent = ?")
                .param(CIVIL).query(Long.class).single()).as("no read recorded for a refused opening").isZero();
    }

    @Test
    void countsPerStatusRespectTheScopeAndAdministratorsSeeEverything() {
        submit(birth);
        UUID taken = submit(pothole);
        submit(pothole);
        RequestFile file = agent(ROADS, () -> casework.open(taken));
        agent(ROADS, () -> casework.move(taken, file.lockVersion(), "prendre_en_charge", null));

        assertThat(agent(CIVIL, () -> casework.countsByStatus(InboxQuery.all())))
                .containsExactlyEntriesOf(Map.of(Workflow.RECEIVED, 1L));
        assertThat(agent(ROADS, () -> casework.countsByStatus(InboxQuery.all())))
                .containsOnly(Map.entry(Workflow.RECEIVED, 1L), Map.entry(Workflow.IN_PROGRESS, 1L));
        assertThat(as("maire@mairie.test", () -> in(commune, () -> casework.countsByStatus(InboxQuery.all())),
                "ROLE_AGENT", "ROLE_ADMIN")).containsOnly(Map.entry(Workflow.RECEIVED, 2L),
                        Map.entry(Workflow.IN_PROGRESS, 1L));
        assertThat(as("maire@mairie.test", () -> in(commune, () -> scope.ofCurrentAgent()), "ROLE_ADMIN").all())
                .isTrue();
    }

    @Test
    void anAgentInNoTeamSeesNothingAndTheScopeSaysWhy() {
        submit(birth);
        in(commune, () -> {
            agents.ensureAgent("nouveau@mairie.test", "Nouvel agent", "mot-de-passe-de-test",
                    EnumSet.of(AgentRole.AGENT));
            return null;
        });

        VisibleProcedures visible = agent("nouveau@mairie.test", () -> scope.ofCurrentAgent());
        assertThat(visible.basis()).isEqualTo(VisibleProcedures.Basis.NO_TEAM);
        assertThat(visible.none()).isTrue();
        assertThat(agent("nouveau@mairie.test", () -> casework.count(InboxQuery.all()))).isZero();
        assertThat(agent("nouveau@mairie.test", () -> casework.countsByStatus(InboxQuery.all()))).isEmpty();
        assertThat(agent(CIVIL, () -> scope.ofCurrentAgent())).satisfies(civil -> {
            assertThat(civil.basis()).isEqualTo(VisibleProcedures.Basis.TEAMS);
            assertThat(civil.procedures()).containsExactly(procedureId(birth));
        });
    }

    @Test
    void counterIntakeIsOnlyForTheAgentsProcedures() {
        assertThat(agent(CIVIL, () -> intakes.procedures())).extracting(p -> p.slug()).containsExactly(birth);

        SubmissionResult refused = agent(CIVIL, () -> submissions.registerOnBehalf(pothole, Channel.COUNTER,
                ANSWERS, Requester.guest("Jeanne Dupont", null)));
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.errors().get(Submissions.REQUESTER)).contains("Vos équipes ne traitent pas cette démarche");
        assertThat(agent(ROADS, () -> casework.count(InboxQuery.all()))).as("nothing written, no number used")
                .isZero();
        assertThat(agent(CIVIL, () -> submissions.registerOnBehalf(birth, Channel.COUNTER, ANSWERS,
                Requester.guest("Jeanne Dupont", null))).accepted()).isTrue();
    }

    @Test
    void aRequestIsAssignedToATeamThatProcessesItsProcedureAndTheInboxFiltersByTeam() {
        UUID id = submit(pothole);
        UUID other = submit(pothole);
        UUID sharedTeam = in(commune, () -> as("admin@mairie.test", () -> teams.create(new TeamChange("Astreinte",
                Set.of(agents.byEmail(ROADS).orElseThrow().id()), Set.of(catalog.publishedBySlug(pothole)
                        .orElseThrow().id()))), "ROLE_ADMIN"));
        RequestFile file = agent(ROADS, () -> casework.open(id));

        assertThatThrownBy(() -> agent(ROADS, () -> casework.assignTeam(id, file.lockVersion(), civilTeam)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("ne traite pas la démarche");
        RequestFile assigned = agent(ROADS, () -> casework.assignTeam(id, file.lockVersion(), sharedTeam));

        assertThat(assigned.teamId()).isEqualTo(sharedTeam);
        assertThat(assigned.teamName()).isEqualTo("Astreinte");
        assertThat(assigned.timeline()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EventKind.TEAM_ASSIGNED);
            assertThat(entry.text()).isEqualTo("Astreinte");
            assertThat(entry.visibleToCitizen()).isFalse();
        });
        assertThat(agent(ROADS, () -> casework.inbox(InboxQuery.all().withTeam(TeamFilter.of(sharedTeam)), 0, 50)))
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(id);
                    assertThat(row.team()).isEqualTo("Astreinte");
                });
        assertThat(agent(ROADS, () -> casework.inbox(InboxQuery.all().withTeam(TeamFilter.mine()), 0, 50)))
                .extracting(InboxRow::id).containsExactly(id);
        assertThat(agent(CIVIL, () -> casework.count(InboxQuery.all().withTeam(TeamFilter.mine())))).isZero();
        assertThat(agent(ROADS, () -> casework.inbox(InboxQuery.all().withTeam(TeamFilter.noTeam()), 0, 50)))
                .extracting(InboxRow::id).containsExactly(other);
        assertThat(agent(ROADS, () -> casework.teamsFor(file.procedureId()))).extracting(t -> t.name())
                .containsExactly("Astreinte", "Services techniques");
    }

    @Test
    void enteringAStateThatNotifiesTheTeamMailsEachOfItsAgentsOnce() {
        String colleague = "collegue.voirie@mairie.test";
        UUID roadsProcedure = procedureId(pothole);
        in(commune, () -> {
            agents.ensureAgent(colleague, "Collègue de la voirie", "mot-de-passe-de-test", EnumSet.of(AgentRole.AGENT));
            return as("admin@mairie.test", () -> {
                UUID roads = agents.byEmail(ROADS).orElseThrow().id();
                teams.update(roadsTeam, new TeamChange("Services techniques", Set.of(roads,
                        agents.byEmail(colleague).orElseThrow().id()), Set.of(roadsProcedure)));
                // The same agent in a second team of the procedure is still mailed once.
                return teams.create(new TeamChange("Astreinte", Set.of(roads), Set.of(roadsProcedure)));
            }, "ROLE_ADMIN");
        });
        UUID id = submit(pothole);
        UUID assignedElsewhere = submit(pothole);
        submit(birth);

        moveIntoANotifyingState(id);

        assertThat(teamMails()).containsExactlyInAnyOrder(ROADS, colleague);
        assertThat(jdbc.sql("SELECT subject FROM platform.notification_outbox WHERE tenant_id = ? AND template_key ="
                + " 'TEAM_NOTIFIED' AND recipient = ?").params(commune.id().value(), colleague).query(String.class)
                .single()).contains("à traiter", "En cours d’instruction");

        RequestFile file = agent(ROADS, () -> casework.open(assignedElsewhere));
        agent(ROADS, () -> casework.assignTeam(assignedElsewhere, file.lockVersion(), civilTeamNowProcessing()));
        moveIntoANotifyingState(assignedElsewhere);
        assertThat(teamMails()).as("the assigned team only").containsExactlyInAnyOrder(ROADS, colleague, CIVIL);
    }

    /** Lets the État civil team process the pothole procedure too; its id. */
    private UUID civilTeamNowProcessing() {
        return in(commune, () -> as("admin@mairie.test", () -> {
            teams.update(civilTeam, new TeamChange("État civil", Set.of(agents.byEmail(CIVIL).orElseThrow().id()),
                    Set.of(catalog.publishedBySlug(birth).orElseThrow().id(),
                            catalog.publishedBySlug(pothole).orElseThrow().id())));
            return civilTeam;
        }, "ROLE_ADMIN"));
    }

    /** Moves the request to « En cours d’instruction » in a workflow whose state notifies the team. */
    private void moveIntoANotifyingState(UUID id) {
        Workflow standard = Workflow.standard();
        Workflow notifying = new Workflow(standard.initial(), standard.states().stream().map(state ->
                state.key().equals(Workflow.IN_PROGRESS) ? new WorkflowState(state.key(), state.citizenLabel(),
                        state.agentLabel(), List.of(new StateAction(StateAction.Kind.NOTIFY_TEAM, null)), 0, false)
                        : state).toList(), standard.transitions());
        in(commune, () -> new TransactionTemplate(tenantTransactions).execute(status -> {
            Request request = requests.findById(id).orElseThrow();
            changes.move(request, notifying, notifying.transition("prendre_en_charge").orElseThrow(), ROADS, null);
            return null;
        }));
    }

    private UUID procedureId(String slug) {
        return in(commune, () -> catalog.publishedBySlug(slug).orElseThrow().id());
    }

    private List<String> teamMails() {
        return jdbc.sql("SELECT recipient FROM platform.notification_outbox WHERE tenant_id = ? AND template_key ="
                + " 'TEAM_NOTIFIED'").params(commune.id().value()).query(String.class).list();
    }

    private UUID submit(String slug) {
        return in(commune, () -> submissions.submitOnline(slug, ANSWERS, Requester.guest(null, "paul@exemple.fr")))
                .requestId();
    }

    private <T> T agent(String email, Supplier<T> work) {
        return as(email, () -> in(commune, work), "ROLE_AGENT");
    }
}
