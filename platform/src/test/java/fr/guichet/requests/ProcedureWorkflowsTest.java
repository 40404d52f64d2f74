package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.PublicationRefused;
import fr.guichet.documents.DocumentTemplateText;
import fr.guichet.documents.DocumentTemplates;
import fr.guichet.documents.IssuedDocumentContent;
import fr.guichet.documents.IssuedDocumentSummary;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.ContactChannel;
import fr.guichet.identity.OutboxCitizenMail;
import fr.guichet.identity.ProfileChange;
import fr.guichet.identity.SignUp;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ProcedureWorkflowsTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demandeur", "Vous",
            Section.of("identite", "Votre identité", Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()))));
    private static final Map<String, Object> ANSWERS = Map.of("nom", "Martin");
    private static final String APPOINTMENT = "rendez_vous_fixe";

    @Autowired
    Catalog catalog;
    @Autowired
    DocumentTemplates documentTemplates;
    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    Tracking tracking;
    @Autowired
    Correspondence correspondence;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    CitizenAuthentication authentication;
    @Autowired
    CitizenProfiles profiles;
    @Autowired
    OutboxCitizenMail mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.guichet.identity.AgentAccounts agentAccounts;
    @Autowired
    fr.guichet.teams.TeamAdministration teams;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    fr.guichet.catalog.ProcedureFiles procedureFiles;

    private Tenant commune;
    private UUID procedure;
    private String slug;

    @BeforeEach
    void aPublishedProcedureOnTheStandardWorkflow() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "circuits");
        Procedure created = asDesigner(() -> catalog.createDraft(new ProcedureDescription("Carte d’identité",
                "Demander une carte.", Category.ETAT_CIVIL, null, null, 30, "Accueil"),
                new PrivacyNotice("Instruire les demandes.", LegalBasis.PUBLIC_TASK, "Un an.", "Accueil."), FORM));
        procedure = created.id();
        slug = created.slug();
        asDesigner(() -> catalog.publish(procedure));
        fr.guichet.testsupport.TestTeams.team(agentAccounts, teams, catalog, commune, "Accueil", "agent@mairie.test",
                slug);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestsFollowTheirVersionsWorkflowAndAnOlderVersionsRequestsKeepTheirs() {
        UUID before = submitAsGuest();
        publishAppointmentWorkflow();
        UUID after = submitAsGuest();

        assertThat(moves(take(before))).doesNotContain("Fixer un rendez-vous");
        assertThat(moves(take(after))).contains("Fixer un rendez-vous");
        assertThat(asDesigner(() -> catalog.version(procedure, 1)).orElseThrow().workflow())
                .isEqualTo(Workflow.standard());
        assertThatThrownBy(() -> asAgent(() -> casework.move(before, take(before).lockVersion(), "fixer_rendez_vous",
                "Mardi 10 h"))).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void enteringAStateSetsItsDeadlineGeneratesItsDocumentAndTheCitizenSeesBoth() {
        publishAppointmentWorkflow();
        Authentication citizen = citizen("nina.morel@exemple.fr", ContactChannel.EMAIL);
        String reference = as(citizen, () -> submissions.submitOnline(slug, ANSWERS, Requester.guest(null, null)))
                .reference();
        UUID id = idOf(reference);

        Instant moved = Instant.now();
        RequestFile file = asAgent(() -> casework.move(id, take(id).lockVersion(), "fixer_rendez_vous",
                "Mardi 14 janvier à 10 h, guichet 2"));

        assertThat(file.status()).isEqualTo(APPOINTMENT);
        assertThat(file.dueAt()).isBetween(moved.plus(Duration.ofDays(15)).minusSeconds(60),
                moved.plus(Duration.ofDays(15)).plusSeconds(60));
        TrackedRequest tracked = as(citizen, () -> tracking.find(null, reference)).orElseThrow();
        assertThat(tracked.statusLabel()).isEqualTo("Rendez-vous fixé");
        IssuedDocumentSummary document = assertThat(tracked.documents()).singleElement().actual();
        assertThat(document.title()).isEqualTo("Convocation " + reference);
        IssuedDocumentContent pdf = as(citizen, () -> tracking.document(null, reference, document.id()))
                .orElseThrow();
        assertThat(text(pdf.content())).contains("Mardi 14 janvier à 10 h, guichet 2", "Nina Morel",
                commune.officialName());
        assertThat(tracked.timeline()).anyMatch(entry -> entry.kind() == EventKind.DOCUMENT_ISSUED);
        assertThat(as(null, () -> tracking.document(null, reference, document.id())))
                .as("nobody signed in").isEmpty();

        asAgent(() -> correspondence.download(id, document.id())).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".request_reads WHERE request_id = ?"
                + " AND purpose = 'document'").params(id).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.notification_outbox WHERE tenant_id = ? AND template_key"
                + " = 'STATUS_CHANGED'").params(commune.id().value()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aCitizenWhoPrefersPostGetsALetterThatAgentsPostAndMarkAsSent() {
        Authentication citizen = citizen("paul.blanc@exemple.fr", ContactChannel.POST);
        String reference = as(citizen, () -> submissions.submitOnline(slug, ANSWERS, Requester.guest(null, null)))
                .reference();

        Correspondence.LetterToSend letter = assertThat(asAgent(() -> correspondence.lettersToSend()))
                .singleElement().actual();
        assertThat(letter.reference()).isEqualTo(reference);
        String text = text(asAgent(() -> correspondence.download(letter.letter().requestId(), letter.letter().id()))
                .orElseThrow().content());
        assertThat(text).contains("Paul Blanc", "12 rue des Lilas", "33000 Bordeaux", commune.officialName(),
                reference);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.notification_outbox WHERE tenant_id = ? AND channel ="
                + " 'EMAIL' AND template_key = 'REQUEST_RECEIVED'").params(commune.id().value()).query(Long.class)
                .single()).as("post instead of e-mail").isZero();
        assertThat(as(citizen, () -> tracking.find(null, reference)).orElseThrow().documents())
                .as("a letter is not a document handed over online").isEmpty();

        asAgent(() -> correspondence.markSent(letter.letter().id()));

        assertThat(asAgent(() -> correspondence.lettersToSend())).isEmpty();
        assertThat(asAgent(() -> casework.open(letter.letter().requestId())).timeline())
                .anyMatch(entry -> entry.kind() == EventKind.LETTER_SENT && "agent@mairie.test".equals(entry.actor()));
        assertThatThrownBy(() -> asAgent(() -> correspondence.markSent(letter.letter().id())))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aBrokenWorkflowIsRefusedWithEveryProblemAndNothingIsWritten() {
        Workflow broken = new Workflow(Workflow.RECEIVED, List.of(new WorkflowState(Workflow.RECEIVED, "Reçue", "",
                List.of(StateAction.generateDocument("inexistant")), 0, false)), List.of(new Transition("perdre",
                "Perdre", Set.of(Workflow.RECEIVED), "nulle_part", Set.of("AGENT"), false, false)));

        assertThatThrownBy(() -> asDesigner(() -> catalog.editWorkflow(procedure, broken)))
                .isInstanceOfSatisfying(PublicationRefused.class, refused -> assertThat(refused.problems())
                        .anyMatch(p -> p.contains("le libellé pour les agents est vide"))
                        .anyMatch(p -> p.contains("l’état d’arrivée « nulle_part » n’existe pas"))
                        .anyMatch(p -> p.contains("Aucun état ne clôt la demande"))
                        .anyMatch(p -> p.contains("le modèle de document « inexistant » n’existe pas")));
        assertThat(asDesigner(() -> catalog.latestVersion(procedure)).orElseThrow().number())
                .as("no draft opened").isEqualTo(1);
    }

    @Test
    void aProcedureFileCarriesTheWorkflowToAnotherCommune() throws Exception {
        publishAppointmentWorkflow();
        String file = asDesigner(() -> procedureFiles.export(procedure)).orElseThrow().toJson();
        Tenant other = FreshTerritories.provisionCommune(provisioning, "circuits");

        Procedure imported = Acting.as("conceptrice@mairie.test", () -> Acting.in(other, () -> procedureFiles
                .importFile(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))), "ROLE_DESIGNER");

        assertThat(imported.latest().workflow()).isEqualTo(appointmentWorkflow());
        assertThatThrownBy(() -> Acting.as("conceptrice@mairie.test", () -> Acting.in(other,
                () -> catalog.publish(imported.id())), "ROLE_DESIGNER"))
                .isInstanceOfSatisfying(PublicationRefused.class, refused -> assertThat(refused.problems())
                        .as("the convocation template is the first commune's").anyMatch(p -> p.contains(
                                "le modèle de document « convocation » n’existe pas")));
    }

    private void publishAppointmentWorkflow() {
        asDesigner(() -> documentTemplates.save(new DocumentTemplateText("convocation", "Convocation {{reference}}",
                "Bonjour {{name}},\n\nVotre rendez-vous pour « {{procedure}} » : {{comment}}.\n\n{{commune}}, le"
                        + " {{date}}")));
        asDesigner(() -> catalog.editWorkflow(procedure, appointmentWorkflow()));
        asDesigner(() -> catalog.publish(procedure));
    }

    /** The standard workflow with « Rendez-vous fixé »: 15 days, a convocation and a notice on entry. */
    static Workflow appointmentWorkflow() {
        Workflow standard = Workflow.standard();
        List<WorkflowState> states = new ArrayList<>(standard.states());
        states.add(new WorkflowState(APPOINTMENT, "Rendez-vous fixé", "Rendez-vous fixé", List.of(
                StateAction.generateDocument("convocation"), StateAction.notifyCitizen("status-changed")), 15,
                false));
        List<Transition> transitions = new ArrayList<>(standard.transitions().stream().map(t -> t.key()
                .equals("accepter") ? new Transition(t.key(), t.label(), Set.of(Workflow.RECEIVED,
                        Workflow.IN_PROGRESS, APPOINTMENT), t.to(), t.roles(), false, true) : t).toList());
        transitions.add(new Transition("fixer_rendez_vous", "Fixer un rendez-vous", Set.of(Workflow.RECEIVED,
                Workflow.IN_PROGRESS), APPOINTMENT, Set.of("AGENT", "ADMIN"), true, true));
        return new Workflow(standard.initial(), states, transitions);
    }

    private Authentication citizen(String email, ContactChannel channel) {
        in(() -> {
            accounts.signUp(new SignUp(email, "Rue des Lilas 12", "Rue des Lilas 12", true), "http://portail/");
            String link = mail.sentTo(email).getLast().link();
            return accounts.confirm(link.substring(link.lastIndexOf('/') + 1));
        });
        Authentication citizen = in(() -> authentication.manager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "Rue des Lilas 12")));
        String first = email.substring(0, 1).toUpperCase() + email.substring(1, email.indexOf('.'));
        String last = email.substring(email.indexOf('.') + 1, email.indexOf('.') + 2).toUpperCase()
                + email.substring(email.indexOf('.') + 2, email.indexOf('@'));
        as(citizen, () -> profiles.update(new ProfileChange(first, last, null, null, null, "12 rue des Lilas",
                "33000", "Bordeaux", null, channel)));
        return citizen;
    }

    private UUID submitAsGuest() {
        return in(() -> submissions.submitOnline(slug, ANSWERS, Requester.guest("Léo Garnier", "leo@exemple.fr")))
                .requestId();
    }

    private UUID idOf(String reference) {
        return jdbc.sql("SELECT id FROM " + commune.schema() + ".requests WHERE reference = ?").params(reference)
                .query(UUID.class).single();
    }

    private RequestFile take(UUID id) {
        return asAgent(() -> casework.open(id));
    }

    private static List<String> moves(RequestFile file) {
        return file.moves().stream().map(Transition::label).toList();
    }

    private static String text(byte[] pdf) {
        try {
            return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T asAgent(Supplier<T> work) {
        return Acting.as("agent@mairie.test", () -> in(work), "ROLE_AGENT");
    }

    private <T> T asDesigner(Supplier<T> work) {
        return Acting.as("conceptrice@mairie.test", () -> in(work), "ROLE_DESIGNER");
    }

    private <T> T as(Authentication who, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return in(work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private <T> T in(Supplier<T> work) {
        return Acting.in(commune, work);
    }
}
