package fr.guichet.teams;

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
import fr.guichet.identity.AgentSummary;
import fr.guichet.requests.Casework;
import fr.guichet.requests.InboxQuery;
import fr.guichet.requests.RequestFile;
import fr.guichet.requests.Requester;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators manage their commune's teams; every bad change is refused in French and writes nothing. */
@IntegrationTest
class TeamAdministrationTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demande", "Demande",
            Section.of("s", "Vous", Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()))));

    @Autowired
    TeamAdministration teams;
    @Autowired
    TeamDirectory directory;
    @Autowired
    AgentScope scope;
    @Autowired
    AgentAccounts agents;
    @Autowired
    Catalog catalog;
    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    TenantProvisioning provisioning;

    private Tenant commune;
    private Tenant other;
    private UUID agent;
    private UUID procedure;
    private String slug;

    @BeforeEach
    void aCommuneWithAnAgentAndAProcedure() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "equipes");
        other = FreshTerritories.provisionCommune(provisioning, "equipes");
        slug = TestProcedures.publish(catalog, commune, "Acte de naissance", FORM);
        procedure = in(commune, () -> catalog.publishedBySlug(slug).orElseThrow().id());
        agent = in(commune, () -> {
            agents.ensureAgent("agent@mairie.test", "Agnès Martin", "mot-de-passe-de-test", EnumSet.of(AgentRole.AGENT));
            return agents.byEmail("agent@mairie.test").orElseThrow().id();
        });
    }

    @Test
    void anAdministratorCreatesAndChangesATeam() {
        UUID id = admin(() -> teams.create(new TeamChange("  État civil ", Set.of(agent), Set.of(procedure))));

        assertThat(admin(() -> teams.list())).singleElement().satisfies(team -> {
            assertThat(team.id()).isEqualTo(id);
            assertThat(team.name()).isEqualTo("État civil");
            assertThat(team.members()).extracting(AgentSummary::displayName).containsExactly("Agnès Martin");
            assertThat(team.procedures()).extracting(p -> p.title()).containsExactly("Acte de naissance");
        });
        admin(() -> {
            teams.update(id, new TeamChange("État civil et élections", Set.of(), Set.of(procedure)));
            return null;
        });
        assertThat(in(commune, () -> directory.find(id))).hasValueSatisfying(team -> {
            assertThat(team.name()).isEqualTo("État civil et élections");
            assertThat(team.members()).isEmpty();
        });
    }

    @Test
    void emptyLongAndDuplicateNamesAndUnknownAgentsAreRefusedAndWriteNothing() {
        admin(() -> teams.create(new TeamChange("État civil", Set.of(agent), Set.of(procedure))));

        assertRefused(new TeamChange("   ", Set.of(), Set.of()), "Donnez un nom à l’équipe.");
        assertRefused(new TeamChange("x".repeat(81), Set.of(), Set.of()), "dépasse 80 caractères");
        assertRefused(new TeamChange("ÉTAT CIVIL", Set.of(), Set.of()),
                "Une équipe s’appelle déjà « État civil » : choisissez un autre nom.");
        assertRefused(new TeamChange("Voirie", Set.of(UUID.randomUUID()), Set.of()), "agents choisis");
        assertRefused(new TeamChange("Voirie", Set.of(), Set.of(UUID.randomUUID())), "démarches choisies");
        assertThat(admin(() -> teams.list())).extracting(TeamOverview::name).containsExactly("État civil");
    }

    @Test
    void aTeamWithOpenRequestsAssignedCannotBeRemoved() {
        UUID id = admin(() -> teams.create(new TeamChange("État civil", Set.of(agent), Set.of(procedure))));
        UUID request = in(commune, () -> submissions.submitOnline(slug, Map.of("nom", "Martin"),
                Requester.guest(null, "paul@exemple.fr"))).requestId();
        RequestFile file = admin(() -> casework.open(request));
        RequestFile assigned = admin(() -> casework.assignTeam(request, file.lockVersion(), id));

        assertThatThrownBy(() -> admin(() -> {
            teams.delete(id);
            return null;
        })).isInstanceOf(TeamRefused.class).hasMessage("L’équipe « État civil » a encore 1 demande en cours qui lui"
                + " est attribuée : attribuez-les à une autre équipe avant de la supprimer.");
        assertThat(in(commune, () -> directory.find(id))).isPresent();

        admin(() -> casework.assignTeam(request, assigned.lockVersion(), null));
        admin(() -> {
            teams.delete(id);
            return null;
        });
        assertThat(as("maire@mairie.test", () -> in(commune, () -> directory.all()), "ROLE_ADMIN")).isEmpty();
        assertThat(as("agent@mairie.test", () -> in(commune, () -> scope.ofCurrentAgent()), "ROLE_AGENT").basis())
                .isEqualTo(VisibleProcedures.Basis.NO_TEAM);
    }

    @Test
    void onlyAdministratorsManageTeams() {
        assertThatThrownBy(() -> as("agent@mairie.test", () -> in(commune, () -> teams.create(new TeamChange(
                "Voirie", Set.of(), Set.of()))), "ROLE_AGENT", "ROLE_DESIGNER"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("agent@mairie.test", () -> in(commune, () -> teams.list()), "ROLE_AGENT"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teamsBelongToTheirCommune() {
        UUID id = admin(() -> teams.create(new TeamChange("État civil", Set.of(agent), Set.of(procedure))));
        in(other, () -> {
            agents.ensureAgent("agent@mairie.test", "Même adresse ailleurs", "mot-de-passe-de-test",
                    EnumSet.of(AgentRole.AGENT));
            return null;
        });

        assertThat(as("admin@mairie.test", () -> in(other, () -> teams.list()), "ROLE_ADMIN")).isEmpty();
        assertThat(in(other, () -> directory.find(id))).isEmpty();
        assertThat(as("agent@mairie.test", () -> in(other, () -> scope.ofCurrentAgent()), "ROLE_AGENT").basis())
                .as("the same address in another commune is in no team there").isEqualTo(VisibleProcedures.Basis.NO_TEAM);
        assertThatThrownBy(() -> as("admin@mairie.test", () -> in(other, () -> teams.create(new TeamChange("Voirie",
                Set.of(agent), Set.of()))), "ROLE_ADMIN")).as("an agent of another commune cannot be added")
                .isInstanceOf(TeamRefused.class);
        assertThat(as("agent@mairie.test", () -> in(other, () -> casework.count(InboxQuery.all())), "ROLE_AGENT"))
                .isZero();
    }

    private void assertRefused(TeamChange change, String message) {
        assertThatThrownBy(() -> admin(() -> teams.create(change))).isInstanceOf(TeamRefused.class)
                .hasMessageContaining(message);
    }

    private <T> T admin(Supplier<T> work) {
        return as("admin@mairie.test", () -> in(commune, work), "ROLE_ADMIN");
    }
}
