package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.identity.ContactChannel;
import fr.guichet.identity.ProfileChange;
import fr.guichet.identity.SignUp;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class RequestsTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demandeur", "Vous",
            Section.of("identite", "Votre identité",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()
                            .prefilledFrom(fr.guichet.forms.PrefillSource.LAST_NAME),
                    Field.of("lieu", FieldType.LONG_TEXT, "Lieu du problème").asRequired()))));
    private static final Map<String, Object> ANSWERS = Map.of("nom", "Martin", "lieu", "Rue des Écoles, lampadaire");

    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    Receipts receipts;
    @Autowired
    Intakes intakes;
    @Autowired
    Tracking tracking;
    @Autowired
    fr.guichet.identity.CitizenAccounts accounts;
    @Autowired
    fr.guichet.identity.CitizenAuthentication authentication;
    @Autowired
    fr.guichet.identity.CitizenProfiles profiles;
    @Autowired
    fr.guichet.identity.OutboxCitizenMail mail;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    fr.guichet.identity.AgentAccounts agents;
    @Autowired
    fr.guichet.teams.TeamAdministration teams;

    private Tenant commune;
    private Tenant other;
    private String slug;

    @BeforeEach
    void aCommuneWithAPublishedProcedure() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "demandes");
        other = FreshTerritories.provisionCommune(provisioning, "demandes");
        slug = publish(commune);
        String elsewhere = publish(other);
        // A plain agent sees the requests of their teams' procedures only (decision 014).
        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, commune, "Voirie", "agent@mairie.test", slug);
        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, other, "Voirie", "agent@mairie.test",
                elsewhere);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOnlineSubmissionGetsConsecutiveReferencesAndStartsReceived() {
        SubmissionResult first = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest("Claire Martin", " claire.martin@exemple.fr ")));
        SubmissionResult second = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest(null, "paul@exemple.fr")));

        String prefix = References.prefix(commune.slug()) + "-" + Year.now(References.PARIS) + "-";
        assertThat(first.reference()).isEqualTo(prefix + "000001");
        assertThat(second.reference()).isEqualTo(prefix + "000002");
        RequestFile file = asAgent(() -> in(commune, () -> casework.open(first.requestId())));
        assertThat(file.statusLabel()).isEqualTo("Reçue, à instruire");
        assertThat(file.channel()).isEqualTo(Channel.ONLINE);
        assertThat(file.contactEmail()).isEqualTo("claire.martin@exemple.fr");
        assertThat(file.answers()).containsEntry("lieu", "Rue des Écoles, lampadaire");
        assertThat(file.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EventKind.SUBMITTED);
            assertThat(entry.actor()).isEqualTo(Request.CITIZEN);
        });
    }

    @Test
    void invalidAnswersAreRefusedWithEveryProblemAndNothingIsWrittenNorNumbered() {
        SubmissionResult refused = in(commune, () -> submissions.submitOnline(slug, Map.of("nom", " "),
                Requester.guest(null, "pas-une-adresse")));

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.errors()).containsKeys("nom", "lieu", Submissions.REQUESTER);
        assertThat(asAgent(() -> in(commune, () -> casework.count(InboxQuery.all())))).isZero();
        SubmissionResult next = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest(null, "paul@exemple.fr")));
        assertThat(next.reference()).endsWith("-000001");
    }

    @Test
    void referencesContinueTheFormerYearlyCounterAndStayUniqueWhenSubmittedAtOnce() throws Exception {
        int year = Year.now(References.PARIS).getValue();
        jdbc.sql("INSERT INTO " + commune.schema() + ".reference_counters (year, last_value) VALUES (?, 41)")
                .param(year).update();
        // Four at once: the test pool has five connections and each submission briefly needs a second one (the
        // event publication registry's), see docs/operations.md.
        int threads = 4;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var futures = java.util.stream.IntStream.range(0, threads * 3)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                                Requester.guest(null, "usager" + i + "@exemple.fr"))).reference();
                    })).toList();
            start.countDown();
            java.util.Set<String> references = new java.util.TreeSet<>();
            for (var future : futures) {
                references.add(future.get());
            }
            String prefix = References.prefix(commune.slug()) + "-" + year + "-";
            assertThat(references).hasSize(threads * 3).first().isEqualTo(prefix + "000042");
            assertThat(references).last().isEqualTo(prefix + String.format("%06d", 41 + threads * 3));
        } finally {
            pool.shutdownNow();
        }
        SubmissionResult elsewhere = in(other, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest(null, "paul@exemple.fr")));
        assertThat(elsewhere.reference()).endsWith("-000001");
    }

    @Test
    void aGuestMustGiveAnEmailForTheTrackingLink() {
        SubmissionResult refused = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest("Sans adresse", null)));

        assertThat(refused.errors().get(Submissions.REQUESTER)).contains("adresse électronique");
    }

    @Test
    void aRequestKeepsTheVersionItWasFilledWith() {
        SubmissionResult submitted = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest(null, "paul@exemple.fr")));
        UUID procedure = asAgent(() -> in(commune, () -> casework.open(submitted.requestId()))).procedureId();
        asDesigner(() -> in(commune, () -> {
            catalog.editForm(procedure, FormJson.write(FormDefinition.of(Page.of("autre", "Autre",
                    Section.of("s", "Section", Field.of("x", FieldType.SHORT_TEXT, "Nouvelle question"))))));
            return catalog.publish(procedure);
        }));

        RequestFile file = asAgent(() -> in(commune, () -> casework.open(submitted.requestId())));
        assertThat(file.procedureVersion()).isEqualTo(1);
        assertThat(FormJson.read(file.formJson()).field("lieu")).isPresent();
    }

    @Test
    void agentsMoveRequestsThroughTheWorkflowWithCommentsWhereRequired() {
        UUID id = submit();
        RequestFile file = asAgent(() -> in(commune, () -> casework.open(id)));
        assertThat(file.moves()).extracting(Transition.class::cast).extracting(Transition::label)
                .containsExactly("Prendre en charge", "Demander des compléments", "Accepter", "Refuser");

        long seen = file.lockVersion();
        assertThatThrownBy(() -> asAgent(() -> in(commune, () -> casework.move(id, seen, "demander_complements", " "))))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("demande un commentaire");

        RequestFile waiting = asAgent(() -> in(commune, () -> casework.move(id, seen, "demander_complements",
                "Merci de joindre une photo du lampadaire.")));
        assertThat(waiting.statusLabel()).isEqualTo("En attente de compléments");
        assertThat(waiting.timeline()).last().satisfies(entry -> {
            assertThat(entry.text()).isEqualTo("Merci de joindre une photo du lampadaire.");
            assertThat(entry.visibleToCitizen()).isTrue();
            assertThat(entry.actor()).isEqualTo("agent@mairie.test");
        });
        assertThatThrownBy(() -> asAgent(() -> in(commune, () -> casework.move(id, waiting.lockVersion(),
                "accepter", null)))).isInstanceOf(TransitionRefused.class).hasMessageContaining("n’est plus possible");

        RequestFile refused = asAgent(() -> in(commune, () -> casework.move(id, waiting.lockVersion(), "refuser",
                "Le lampadaire relève du département.")));
        RequestFile closed = asAgent(() -> in(commune, () -> casework.move(id, refused.lockVersion(), "cloturer",
                null)));
        assertThat(closed.statusLabel()).isEqualTo("Clôturée");
        assertThat(closed.moves()).isEmpty();
    }

    @Test
    void theSecondOfTwoAgentsActingAtOnceIsToldAndLosesNothing() {
        UUID id = submit();
        RequestFile seenByA = asAgent(() -> in(commune, () -> casework.open(id)));
        RequestFile seenByB = asAgent(() -> in(commune, () -> casework.open(id)));

        asAgent(() -> in(commune, () -> casework.move(id, seenByA.lockVersion(), "prendre_en_charge", null)));

        assertThatThrownBy(() -> asAgent(() -> in(commune, () -> casework.addNote(id, seenByB.lockVersion(),
                "Vu avec les services techniques."))))
                .isInstanceOf(RequestChangedMeanwhile.class).hasMessageContaining("Rechargez-la");
        RequestFile now = asAgent(() -> in(commune, () -> casework.open(id)));
        assertThat(now.statusLabel()).isEqualTo("En cours d’instruction");
        assertThat(now.timeline()).hasSize(2);
        RequestFile noted = asAgent(() -> in(commune, () -> casework.addNote(id, now.lockVersion(),
                "Vu avec les services techniques.")));
        assertThat(noted.timeline()).last().satisfies(entry -> assertThat(entry.visibleToCitizen()).isFalse());
    }

    @Test
    void everyOpeningIsRecordedForAccountability() {
        UUID id = submit();
        asAgent(() -> in(commune, () -> casework.open(id)));
        asAgent(() -> in(commune, () -> casework.open(id)));

        assertThat(as("admin@mairie.test", () -> in(commune, () -> casework.reads(id)), "ROLE_ADMIN")).hasSize(2)
                .allMatch(read -> read.startsWith("agent@mairie.test "));
        assertThatThrownBy(() -> asAgent(() -> in(commune, () -> casework.reads(id))))
                .as("agents do not read the access log").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theInboxFiltersCountsAndPagesInTheDatabase() {
        for (int i = 0; i < 5; i++) {
            submit();
        }
        UUID taken = submit();
        RequestFile file = asAgent(() -> in(commune, () -> casework.open(taken)));
        asAgent(() -> in(commune, () -> casework.move(taken, file.lockVersion(), "prendre_en_charge", null)));

        assertThat(asAgent(() -> in(commune, () -> casework.count(InboxQuery.all())))).isEqualTo(6);
        assertThat(asAgent(() -> in(commune, () -> casework.countsByStatus(InboxQuery.all()))))
                .containsEntry(Workflow.RECEIVED, 5L).containsEntry(Workflow.IN_PROGRESS, 1L);
        assertThat(asAgent(() -> in(commune, () -> casework.inbox(InboxQuery.all().withStatus(Workflow.IN_PROGRESS),
                0, 50)))).singleElement().satisfies(row -> assertThat(row.id()).isEqualTo(taken));
        assertThat(asAgent(() -> in(commune, () -> casework.inbox(InboxQuery.all(), 4, 50)))).hasSize(2);
        assertThat(asAgent(() -> in(commune, () -> casework.inbox(InboxQuery.all(), 0, 3))))
                .extracting(InboxRow::reference).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(asAgent(() -> in(other, () -> casework.count(InboxQuery.all())))).isZero();
    }

    @Test
    void anotherCommunesRequestCannotBeOpenedEvenByItsId() {
        UUID id = submit();

        assertThatThrownBy(() -> asAgent(() -> in(other, () -> casework.open(id))))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("n’existe pas");
    }

    @Test
    void anAgentRegistersARequestMadeAtTheCounterWithItsChannel() {
        SubmissionResult result = asAgent(() -> in(commune, () -> submissions.registerOnBehalf(slug, Channel.COUNTER,
                ANSWERS, Requester.guest("Jeanne Dupont", null))));

        RequestFile file = asAgent(() -> in(commune, () -> casework.open(result.requestId())));
        assertThat(file.channel()).isEqualTo(Channel.COUNTER);
        assertThat(file.registeredBy()).isEqualTo("agent@mairie.test");
        assertThat(file.contactName()).isEqualTo("Jeanne Dupont");
        assertThat(file.timeline().getFirst().actor()).isEqualTo("agent@mairie.test");
    }

    @Test
    void theSubmitterDownloadsAPdfReceiptWithTheReferenceAndTheAnswers() throws Exception {
        SubmissionResult result = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest("Claire Martin", "claire@exemple.fr")));

        Receipts.Receipt receipt = in(commune, () -> receipts.forNewRequest(result.requestId(), result.reference()))
                .orElseThrow();
        assertThat(receipt.fileName()).isEqualTo("recepisse-" + result.reference() + ".pdf");
        assertThat(new String(receipt.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(
                receipt.pdf())).getTextFromPage(1);
        assertThat(text).contains(result.reference(), "Signalement sur la voie publique", "Claire Martin",
                "Rue des Écoles, lampadaire", "15 jours");
        assertThat(in(commune, () -> receipts.forNewRequest(result.requestId(), "AAA-2026-999999"))).isEmpty();
        assertThat(in(other, () -> receipts.forNewRequest(result.requestId(), result.reference()))).isEmpty();
    }

    @Test
    void anIntakeOpensOnlyForTheAgentWhoStartedItInItsTenant() {
        String token = asAgent(() -> in(commune, () -> intakes.open(Channel.PHONE,
                Requester.guest("Jeanne Dupont", null))));

        assertThat(asAgent(() -> in(commune, () -> intakes.find(token)))).hasValueSatisfying(intake -> {
            assertThat(intake.channel()).isEqualTo(Channel.PHONE);
            assertThat(intake.requester().name()).isEqualTo("Jeanne Dupont");
        });
        assertThat(asAgent(() -> in(other, () -> intakes.find(token)))).isEmpty();
        assertThat(as("collegue@mairie.test", () -> in(commune, () -> intakes.find(token)), "ROLE_AGENT")).isEmpty();
        assertThatThrownBy(() -> asAgent(() -> in(commune, () -> intakes.open(Channel.POST, Requester.guest(" ",
                null))))).isInstanceOf(TransitionRefused.class).hasMessageContaining("Indiquez le nom");
        asAgent(() -> in(commune, () -> {
            intakes.close(token);
            return null;
        }));
        assertThat(asAgent(() -> in(commune, () -> intakes.find(token)))).isEmpty();
    }

    @Test
    void aCitizensRequestIsBoundToTheAccountAndNoticesGoThroughTheirPreferredChannel() {
        String email = "lea.roux@exemple.fr";
        signInAsLeaRoux(email);

        SubmissionResult result = in(commune, () -> submissions.submitOnline(slug, ANSWERS,
                Requester.guest("Quelqu’un d’autre", "autre@exemple.fr")));

        assertThat(in(commune, () -> tracking.list(null)).orElseThrow()).singleElement()
                .satisfies(mine -> assertThat(mine.reference()).isEqualTo(result.reference()));
        assertThat(jdbc.sql("SELECT channel || ' ' || recipient FROM platform.notification_outbox WHERE tenant_id = ?"
                + " AND template_key = 'REQUEST_RECEIVED'").params(commune.id().value()).query(String.class).list())
                .containsExactly("SMS +33612345678");
        SecurityContextHolder.clearContext();
        assertThat(asAgent(() -> in(commune, () -> casework.open(result.requestId()))).contactEmail())
                .as("the account's address, not the one passed by the caller").isEqualTo(email);
    }

    @Test
    void onlyAgentsWorkOnRequests() {
        UUID id = submit();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "conceptrice", null, AuthorityUtils.createAuthorityList("ROLE_DESIGNER")));

        assertThatThrownBy(() -> in(commune, () -> casework.open(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(commune, () -> submissions.registerOnBehalf(slug, Channel.PHONE, ANSWERS,
                Requester.guest("X", null)))).isInstanceOf(AccessDeniedException.class);
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private UUID submit() {
        return in(commune, () -> submissions.submitOnline(slug, ANSWERS, Requester.guest(null, "paul@exemple.fr")))
                .requestId();
    }

    @Test
    void aCertifiedProfileValueIsWhatTheRequestKeepsWhateverTheBrowserSent() {
        signInAsLeaRoux("lea.roux@exemple.fr");
        jdbc.sql("UPDATE " + commune.schema() + ".citizens SET certified_attributes = 'LAST_NAME'").update();

        SubmissionResult crafted = in(commune, () -> submissions.submitOnline(slug, ANSWERS, Requester.guest(null,
                null)));
        SubmissionResult omitted = in(commune, () -> submissions.submitOnline(slug, Map.of("lieu", "Place du marché"),
                Requester.guest(null, null)));

        SecurityContextHolder.clearContext();
        assertThat(asAgent(() -> in(commune, () -> casework.open(crafted.requestId()))).answers())
                .containsEntry("nom", "Roux").containsEntry("lieu", "Rue des Écoles, lampadaire");
        assertThat(asAgent(() -> in(commune, () -> casework.open(omitted.requestId()))).answers())
                .containsEntry("nom", "Roux");
    }

    /** Léa Roux signs up, confirms her address, signs in and fills in her profile (not certified). */
    private void signInAsLeaRoux(String email) {
        in(commune, () -> {
            accounts.signUp(new SignUp(email, "Rue des Lilas 12", "Rue des Lilas 12", true), "http://portail/");
            return accounts.confirm(tokenOf(mail.sentTo(email).getLast().link()));
        });
        Authentication citizen = in(commune, () -> authentication.manager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "Rue des Lilas 12")));
        SecurityContextHolder.getContext().setAuthentication(citizen);
        in(commune, () -> profiles.update(new ProfileChange("Léa", "Roux", null, null, null, null, null, null,
                "06 12 34 56 78", ContactChannel.SMS)));
    }

    private String publish(Tenant tenant) {
        return asDesigner(() -> in(tenant, () -> {
            Procedure procedure = catalog.createDraft(new ProcedureDescription("Signalement sur la voie publique",
                    "Signaler un problème.", Category.VOIRIE_PROPRETE, null, null, 15, "Services techniques"),
                    new PrivacyNotice("Traiter les signalements.", LegalBasis.PUBLIC_TASK, "Un an.",
                            "Services techniques."), FORM);
            catalog.publish(procedure.id());
            return procedure.slug();
        }));
    }

    private static <T> T asAgent(Supplier<T> work) {
        return as("agent@mairie.test", work, "ROLE_AGENT");
    }

    private static <T> T asDesigner(Supplier<T> work) {
        return as("conceptrice@mairie.test", work, "ROLE_DESIGNER");
    }

    private static <T> T as(String name, Supplier<T> work, String... roles) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(roles)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }
}
