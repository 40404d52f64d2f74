package fr.guichet.drafts;

import static fr.guichet.testsupport.Acting.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.attachments.Attachments;
import fr.guichet.attachments.PendingUploadsCleanup;
import fr.guichet.attachments.SampleFiles;
import fr.guichet.attachments.UploadOutcome;
import fr.guichet.catalog.Catalog;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.OutboxCitizenMail;
import fr.guichet.identity.SignUp;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Drafts against the real database: one per citizen and procedure whatever the saves, resumed with their answers
 * (carried over to a new version), expired and purged, never read nor touched by another citizen or commune, deleted
 * by the submission, holding their files beyond the usual 24 hours.
 */
@IntegrationTest
class DraftsTest {

    private static final String PASSWORD = "Rue des Lilas 12";
    private static final String TITLE = "Demande de stationnement pour un déménagement";
    private static final String FORM = FormJson.write(FormDefinition.of(
            Page.of("vous", "Vous", Section.of("identite", "Identité",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired(),
                    Field.of("date", FieldType.DATE, "Date du déménagement").withHelp("Exemple : 14/07/2027")
                            .asRequired(),
                    Field.of("camion", FieldType.SHORT_TEXT, "Immatriculation du camion"))),
            Page.of("lieu", "Lieu", Section.of("ou", "Adresse",
                    Field.of("adresse", FieldType.SHORT_TEXT, "Adresse").asRequired(),
                    Field.of("justificatif", FieldType.FILE, "Justificatif").accepting(5L << 20, "pdf")))));
    /** Version 2: « camion » removed, « date » now a text, « etage » added. */
    private static final String FORM_V2 = FormJson.write(FormDefinition.of(
            Page.of("vous", "Vous", Section.of("identite", "Identité",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired(),
                    Field.of("date", FieldType.SHORT_TEXT, "Période du déménagement").asRequired(),
                    Field.of("etage", FieldType.NUMBER, "Étage"))),
            Page.of("ailleurs", "Lieu", Section.of("ou", "Adresse",
                    Field.of("adresse", FieldType.SHORT_TEXT, "Adresse").asRequired()))));

    @Autowired
    Drafts drafts;
    @Autowired
    ExpiredDraftsPurge purge;
    @Autowired
    Submissions submissions;
    @Autowired
    Attachments attachments;
    @Autowired
    PendingUploadsCleanup cleanup;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    CitizenAuthentication authentication;
    @Autowired
    OutboxCitizenMail mail;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;
    private Tenant other;
    private String slug;
    private Authentication lea;
    private Authentication paul;

    @BeforeEach
    void aCommuneWithAProcedureAndTwoCitizens() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "brouillon");
        other = FreshTerritories.provisionCommune(provisioning, "brouillon");
        slug = TestProcedures.publish(catalog, commune, TITLE, FORM);
        TestProcedures.publish(catalog, other, TITLE, FORM);
        lea = citizen(commune, "lea." + UUID.randomUUID() + "@exemple.fr");
        paul = citizen(commune, "paul." + UUID.randomUUID() + "@exemple.fr");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void savingAgainAndAgainKeepsOneDraftPerProcedureWithTheLastAnswers() throws Exception {
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa"), "vous"));
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa Roux", "date", LocalDate.of(2027, 3, 1)), "lieu"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DraftSave>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                saves.add(pool.submit(() -> as(lea, () -> drafts.save(slug, Map.of("nom", "Léa " + n), "vous"))));
            }
            for (Future<DraftSave> save : saves) {
                assertThat(save.get()).isInstanceOf(DraftSave.Saved.class);
            }
        } finally {
            pool.shutdown();
        }
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa Roux", "date", LocalDate.of(2027, 3, 1),
                "camion", "AB-123-CD"), "lieu"));

        assertThat(count(commune)).isEqualTo(1);
        DraftOpening opening = as(lea, () -> drafts.open(slug));
        assertThat(opening).isInstanceOfSatisfying(DraftOpening.Resumed.class, resumed -> {
            assertThat(resumed.answers()).isEqualTo(Map.of("nom", "Léa Roux", "date", "2027-03-01",
                    "camion", "AB-123-CD"));
            assertThat(resumed.pageKey()).isEqualTo("lieu");
            assertThat(resumed.versionChanged()).isFalse();
            assertThat(resumed.expiresAt()).isAfter(resumed.savedAt().plus(java.time.Duration.ofDays(29)));
        });
        assertThat(as(lea, () -> drafts.mine())).singleElement().satisfies(draft -> {
            assertThat(draft.procedureTitle()).isEqualTo(TITLE);
            assertThat(draft.procedureSlug()).isEqualTo(slug);
        });
    }

    @Test
    void anotherCitizenNeitherReadsNorOverwritesNorDeletesADraft() {
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa"), "vous"));
        UUID leas = as(lea, () -> drafts.mine()).getFirst().id();

        assertThat(as(paul, () -> drafts.open(slug))).isInstanceOf(DraftOpening.Fresh.class);
        assertThat(as(paul, () -> drafts.mine())).isEmpty();
        assertThat(as(paul, () -> drafts.delete(leas))).isFalse();
        as(paul, () -> drafts.save(slug, Map.of("nom", "Paul"), "vous"));
        as(paul, () -> {
            drafts.restart(slug);
            return null;
        });

        assertThat(as(lea, () -> drafts.open(slug))).isInstanceOfSatisfying(DraftOpening.Resumed.class,
                resumed -> assertThat(resumed.answers()).containsEntry("nom", "Léa"));
        assertThat(count(commune)).isEqualTo(1);
        assertThatThrownBy(() -> in(commune, () -> drafts.open(slug))).as("nobody signed in")
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
                        .class);
        assertThatThrownBy(() -> Acting.as("agent@mairie.test", () -> in(commune, () -> drafts.mine()),
                "ROLE_AGENT")).as("an agent").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCommuneNeverSeesADraftEvenWithTheCitizensSession() {
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa"), "vous"));
        Authentication there = citizen(other, "lea.ailleurs." + UUID.randomUUID() + "@exemple.fr");

        SecurityContextHolder.getContext().setAuthentication(lea);
        assertThatThrownBy(() -> in(other, () -> drafts.open(slug))).as("a session of another commune")
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThat(asIn(other, there, () -> drafts.open(slug))).isInstanceOf(DraftOpening.Fresh.class);
        assertThat(asIn(other, there, () -> drafts.mine())).isEmpty();
        assertThat(count(other)).isZero();
        assertThat(count(commune)).isEqualTo(1);
    }

    @Test
    void anExpiredDraftIsAnnouncedOnceThenTheFormStartsFresh() {
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa"), "vous"));
        as(paul, () -> drafts.save(slug, Map.of("nom", "Paul"), "vous"));
        java.time.Instant expiry = java.time.Instant.now().minus(java.time.Duration.ofDays(2))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jdbc.sql("UPDATE " + commune.schema() + ".drafts SET expires_at = ? WHERE answers_json LIKE '%Léa%'")
                .param(java.sql.Timestamp.from(expiry)).update();

        assertThat(as(lea, () -> drafts.mine())).as("not listed once expired").isEmpty();
        assertThat(purge.run()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".drafts WHERE answers_json IS NULL")
                .query(Long.class).single()).as("answers purged, dates kept").isEqualTo(1);

        assertThat(as(lea, () -> drafts.open(slug))).isEqualTo(new DraftOpening.Expired(expiry));
        assertThat(as(lea, () -> drafts.open(slug))).as("told once").isInstanceOf(DraftOpening.Fresh.class);
        assertThat(as(paul, () -> drafts.open(slug))).as("a live draft is untouched")
                .isInstanceOf(DraftOpening.Resumed.class);
    }

    @Test
    void submittingDeletesTheDraftInTheSameTransaction() {
        UploadOutcome.Accepted proof = as(lea, () -> upload(commune));
        Map<String, Object> answers = orderedMap("nom", "Léa Roux", "date", LocalDate.of(2027, 3, 1), "adresse",
                "12 rue des Lilas", "justificatif", proof.answer());
        as(lea, () -> drafts.save(slug, answers, "lieu"));
        as(paul, () -> drafts.save(slug, Map.of("nom", "Paul"), "vous"));

        SubmissionResult refused = as(lea, () -> submissions.submitOnline(slug, Map.of("nom", "Léa"),
                Requester.guest(null, null)));
        assertThat(refused.accepted()).isFalse();
        assertThat(count(commune)).as("a refused submission keeps the draft").isEqualTo(2);

        SubmissionResult result = as(lea, () -> submissions.submitOnline(slug, answers, Requester.guest(null, null)));

        assertThat(result.accepted()).as(result.errors().toString()).isTrue();
        assertThat(as(lea, () -> drafts.open(slug))).isInstanceOf(DraftOpening.Fresh.class);
        assertThat(as(paul, () -> drafts.mine())).as("only the submitter's draft").hasSize(1);
        assertThat(jdbc.sql("SELECT request_id FROM " + commune.schema() + ".attachments WHERE reference = ?")
                .param(proof.reference()).query(UUID.class).single()).isEqualTo(result.requestId());
    }

    @Test
    void aDraftHoldsItsFilesBeyondADayAndLetsThemGoWhenDeleted() {
        UploadOutcome.Accepted proof = as(lea, () -> upload(commune));
        UploadOutcome.Accepted loose = as(lea, () -> upload(commune));
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa", "justificatif", proof.answer()), "lieu"));
        jdbc.sql("UPDATE " + commune.schema() + ".attachments SET created_at = created_at - interval '3 days'")
                .update();

        cleanup.run();

        assertThat(references()).as("held by the draft; the other one is gone").containsExactly(proof.reference());
        assertThat(loose.reference()).isNotBlank();
        UUID draft = as(lea, () -> drafts.mine()).getFirst().id();
        assertThat(as(lea, () -> drafts.delete(draft))).isTrue();
        cleanup.run();
        assertThat(references()).as("released with the draft").isEmpty();
    }

    @Test
    void aNewVersionOfTheProcedureKeepsTheAnswersWhoseQuestionsRemain() {
        as(lea, () -> drafts.save(slug, orderedMap("nom", "Léa", "date", LocalDate.of(2027, 3, 1), "camion",
                "AB-123-CD", "adresse", "12 rue des Lilas"), "lieu"));
        UUID procedure = in(commune, () -> catalog.publishedBySlug(slug)).orElseThrow().id();
        Acting.as("conceptrice@mairie.test", () -> in(commune, () -> {
            catalog.editForm(procedure, FORM_V2);
            return catalog.publish(procedure);
        }), "ROLE_DESIGNER");

        DraftOpening opening = as(lea, () -> drafts.open(slug));

        assertThat(opening).isInstanceOfSatisfying(DraftOpening.Resumed.class, resumed -> {
            assertThat(resumed.versionChanged()).isTrue();
            assertThat(resumed.answers()).isEqualTo(Map.of("nom", "Léa", "adresse", "12 rue des Lilas"));
            assertThat(resumed.pageKey()).as("that page is gone").isNull();
        });
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa", "etage", "3"), "vous"));
        assertThat(jdbc.sql("SELECT procedure_version FROM " + commune.schema() + ".drafts").query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void answersTooLargeAreRefusedInFrenchAndNothingIsWritten() {
        as(lea, () -> drafts.save(slug, Map.of("nom", "Léa"), "vous"));

        DraftSave refused = as(lea, () -> drafts.save(slug, Map.of("nom", "x".repeat(300_000)), "vous"));

        assertThat(refused).isInstanceOfSatisfying(DraftSave.Refused.class, r -> assertThat(r.message())
                .startsWith("Vos réponses sont trop longues pour être enregistrées en brouillon (293 Ko ; au plus"
                        + " 256 Ko)"));
        assertThat(as(lea, () -> drafts.open(slug))).isInstanceOfSatisfying(DraftOpening.Resumed.class,
                resumed -> assertThat(resumed.answers()).containsEntry("nom", "Léa"));
    }

    private Authentication citizen(Tenant tenant, String email) {
        in(tenant, () -> {
            accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), "http://portail/");
            String link = mail.sentTo(email).getLast().link();
            return accounts.confirm(link.substring(link.lastIndexOf('/') + 1));
        });
        return in(tenant, () -> authentication.manager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)));
    }

    private <T> T as(Authentication who, Supplier<T> work) {
        return asIn(commune, who, work);
    }

    private static <T> T asIn(Tenant tenant, Authentication who, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return in(tenant, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A PDF uploaded by the signed-in citizen, as the portal's file field does. */
    private UploadOutcome.Accepted upload(Tenant tenant) {
        return (UploadOutcome.Accepted) in(tenant, () -> {
            try {
                return attachments.upload(submissions.currentUploader().orElseThrow(), List.of("pdf"), 5L << 20,
                        "domicile.pdf", new ByteArrayInputStream(SampleFiles.pdf()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> references() {
        return jdbc.sql("SELECT reference FROM " + commune.schema() + ".attachments").query(String.class).list();
    }

    private long count(Tenant tenant) {
        return jdbc.sql("SELECT count(*) FROM " + tenant.schema() + ".drafts").query(Long.class).single();
    }

    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
