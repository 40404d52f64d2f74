package fr.guichet.attachments;

import static fr.guichet.testsupport.Acting.as;
import static fr.guichet.testsupport.Acting.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import fr.guichet.catalog.Catalog;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Files joined to requests, against the real database: uploaded pending, claimed and bound by the submission,
 * refused to anyone else, cleaned up when never submitted, read by agents of the request's commune only, every
 * read recorded.
 */
@IntegrationTest
class AttachmentsTest {

    private static final List<String> PDF_JPG_PNG = List.of("pdf", "jpg", "png");
    private static final long FIVE_MO = 5L * 1024 * 1024;
    private static final String TITLE = "Signalement d’un lampadaire en panne";
    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demande", "Votre demande",
            Section.of("pieces", "Pièces",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired(),
                    Field.of("justificatif", FieldType.FILE, "Justificatif de domicile").asRequired()
                            .accepting(FIVE_MO, "pdf", "jpg", "png"),
                    Field.group("photos", "Photo", 0, 3,
                            Field.of("photo", FieldType.FILE, "Photo").accepting(FIVE_MO, "jpg", "png"))))));

    @Autowired
    Attachments attachments;
    @Autowired
    Submissions submissions;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    PendingUploadsCleanup cleanup;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.guichet.identity.AgentAccounts agents;
    @Autowired
    fr.guichet.teams.TeamAdministration teams;

    private final Uploader claire = new Uploader("session:claire-" + UUID.randomUUID());
    private final Uploader paul = new Uploader("session:paul-" + UUID.randomUUID());
    private Tenant commune;
    private Tenant other;
    private String slug;

    @BeforeEach
    void twoCommunesWithAProcedureAskingForFiles() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "pj");
        other = FreshTerritories.provisionCommune(provisioning, "pj");
        slug = TestProcedures.publish(catalog, commune, TITLE, FORM);
        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, commune, "Voirie", "agent@mairie.test", slug);
        // The same agent in a team of the other commune too: only tenancy keeps them out of this commune's files.
        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, other, "Voirie", "agent@mairie.test",
                TestProcedures.publish(catalog, other, TITLE, FORM));
    }

    @Test
    void anUploadedFileIsBoundToTheRequestAndReadByAgentsEveryReadRecorded() {
        UploadOutcome.Accepted pdf = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);
        UploadOutcome.Accepted photo = upload(commune, claire, SampleFiles.png(), "lampadaire", List.of("jpg", "png"));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.reference()).matches("[A-Za-z0-9_-]{32}");
        assertThat(photo.name()).isEqualTo("lampadaire.png");

        SubmissionResult result = submit(commune, answers(pdf, List.of(photo)), claire);

        assertThat(result.accepted()).as(result.errors().toString()).isTrue();
        List<AttachmentSummary> files = asAgent(() -> in(commune, () -> attachments.ofRequest(result.requestId())));
        assertThat(files).extracting(AttachmentSummary::name, AttachmentSummary::typeLabel, AttachmentSummary::size)
                .containsExactlyInAnyOrder(
                        tuple("domicile.pdf", "un document PDF",
                                (long) SampleFiles.pdf().length),
                        tuple("lampadaire.png", "une image PNG",
                                (long) SampleFiles.png().length));
        AttachmentContent read = asAgent(() -> in(commune, () -> attachments.download(result.requestId(),
                pdf.reference())));
        assertThat(read.content()).isEqualTo(SampleFiles.pdf());
        assertThat(read.mediaType()).isEqualTo("application/pdf");
        assertThat(read.previewable()).isTrue();
        assertThat(jdbc.sql("SELECT agent || ' ' || purpose FROM " + commune.schema() + ".request_reads"
                + " WHERE request_id = ?").param(result.requestId()).query(String.class).list())
                .containsExactly("agent@mairie.test piece-jointe");
        assertThat(jdbc.sql("SELECT sha256 FROM " + commune.schema() + ".attachments WHERE reference = ?")
                .param(pdf.reference()).query(String.class).single()).hasSize(64);
    }

    @Test
    void aReferenceUploadedBySomeoneElseAttachesNothing() {
        UploadOutcome.Accepted claires = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);

        SubmissionResult stolen = submit(commune, answers(claires, List.of()), paul);

        assertThat(stolen.accepted()).isFalse();
        assertThat(stolen.errors()).containsEntry("justificatif",
                "Ce fichier n’est plus disponible : joignez-le à nouveau.");
        assertThat(submit(commune, answers(claires, List.of()), claire).accepted())
                .as("still pending for its uploader").isTrue();
        assertThat(submit(commune, answers(claires, List.of()), claire).errors())
                .as("and attached once only").containsKey("justificatif");
    }

    @Test
    void anAnswerMustDescribeTheFileThatWasUploaded() {
        UploadOutcome.Accepted pdf = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);
        Map<String, Object> forged = answers(pdf, List.of());
        forged.put("justificatif", Map.of("reference", pdf.reference(), "name", "autre.pdf", "size", pdf.size()));

        assertThat(submit(commune, forged, claire).errors()).containsKey("justificatif");
    }

    @Test
    void withoutABrowserSessionOrAccountNoFileCanBeClaimed() {
        UploadOutcome.Accepted pdf = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);

        SubmissionResult result = in(commune, () -> submissions.submitOnline(slug, answers(pdf, List.of()),
                Requester.guest("Claire", "claire@exemple.fr")));

        assertThat(result.errors()).containsKey("justificatif");
    }

    @Test
    void pendingFilesOlderThanADayAreDeletedAndBoundOnesKept() {
        UploadOutcome.Accepted forgotten = upload(commune, claire, SampleFiles.pdf(), "oubli.pdf", PDF_JPG_PNG);
        UploadOutcome.Accepted recent = upload(commune, claire, SampleFiles.pdf(), "recent.pdf", PDF_JPG_PNG);
        UploadOutcome.Accepted sent = upload(commune, claire, SampleFiles.pdf(), "envoye.pdf", PDF_JPG_PNG);
        UUID request = submit(commune, answers(sent, List.of()), claire).requestId();
        jdbc.sql("UPDATE " + commune.schema() + ".attachments SET created_at = created_at - interval '25 hours'"
                + " WHERE reference IN (?, ?)").params(forgotten.reference(), sent.reference()).update();

        assertThat(submit(commune, answers(forgotten, List.of()), claire).errors())
                .as("expired, even before the cleanup runs").containsKey("justificatif");
        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("SELECT original_name FROM " + commune.schema() + ".attachments").query(String.class)
                .list()).containsExactlyInAnyOrder("recent.pdf", "envoye.pdf");
        assertThat(asAgent(() -> in(commune, () -> attachments.ofRequest(request)))).hasSize(1);
        assertThat(recent.reference()).isNotBlank();
    }

    @Test
    void anotherCommuneCannotReadAFileEvenWithItsReference() {
        UploadOutcome.Accepted pdf = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);
        UUID request = submit(commune, answers(pdf, List.of()), claire).requestId();

        assertThatThrownBy(() -> asAgent(() -> in(other, () -> attachments.download(request, pdf.reference()))))
                .isInstanceOf(AttachmentNotFound.class).hasMessage("Ce fichier n’est pas joint à cette demande.");
        assertThat(asAgent(() -> in(other, () -> attachments.ofRequest(request)))).isEmpty();
        assertThat(submit(other, answers(pdf, List.of()), claire).errors()).as("nor attach it there")
                .containsKey("justificatif");
    }

    @Test
    void anAgentOfAnotherTeamNeitherListsNorReadsTheFiles() {
        UploadOutcome.Accepted pdf = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);
        UUID request = submit(commune, answers(pdf, List.of()), claire).requestId();
        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, commune, "État civil", "etat-civil@mairie.test",
                TestProcedures.publish(catalog, commune, "Acte de naissance", FORM));

        assertThatThrownBy(() -> as("etat-civil@mairie.test", () -> in(commune, () -> attachments.download(request,
                pdf.reference())), "ROLE_AGENT")).isInstanceOf(AttachmentNotFound.class);
        assertThat(as("etat-civil@mairie.test", () -> in(commune, () -> attachments.ofRequest(request)),
                "ROLE_AGENT")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".request_reads WHERE request_id = ?")
                .param(request).query(Long.class).single()).as("no read recorded").isZero();
        assertThat(as("maire@mairie.test", () -> in(commune, () -> attachments.download(request, pdf.reference())),
                "ROLE_ADMIN").content()).as("an administrator reads every file").isEqualTo(SampleFiles.pdf());
    }

    @Test
    void onlyAgentsReadFiles() {
        UploadOutcome.Accepted pdf = upload(commune, claire, SampleFiles.pdf(), "domicile.pdf", PDF_JPG_PNG);
        UUID request = submit(commune, answers(pdf, List.of()), claire).requestId();

        assertThatThrownBy(() -> as("conceptrice@mairie.test", () -> in(commune, () -> attachments.download(request,
                pdf.reference())), "ROLE_DESIGNER")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusalsComeInFrenchAndNothingIsKept() {
        UploadOutcome refused = in(commune, () -> uploadOutcome(claire, SampleFiles.windowsExecutable(),
                "facture.pdf", List.of("pdf")));

        assertThat(refused).isEqualTo(new UploadOutcome.Refused(
                "Ce fichier est un programme Windows ; formats acceptés : PDF."));
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".attachments").query(Long.class).single())
                .isZero();
    }

    private Map<String, Object> answers(UploadOutcome.Accepted proof, List<UploadOutcome.Accepted> photos) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("nom", "Claire Martin");
        answers.put("justificatif", proof.answer());
        if (!photos.isEmpty()) {
            answers.put("photos", photos.stream().map(photo -> Map.of("photo", photo.answer())).toList());
        }
        return answers;
    }

    private SubmissionResult submit(Tenant tenant, Map<String, Object> answers, Uploader uploader) {
        return in(tenant, () -> submissions.submitOnline(slug, answers, Requester.guest("Claire Martin",
                "claire@exemple.fr"), uploader));
    }

    private UploadOutcome.Accepted upload(Tenant tenant, Uploader uploader, byte[] content, String name,
            List<String> types) {
        UploadOutcome outcome = in(tenant, () -> uploadOutcome(uploader, content, name, types));
        assertThat(outcome).isInstanceOf(UploadOutcome.Accepted.class);
        return (UploadOutcome.Accepted) outcome;
    }

    private UploadOutcome uploadOutcome(Uploader uploader, byte[] content, String name, List<String> types) {
        try {
            return attachments.upload(uploader, types, FIVE_MO, name, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T asAgent(Supplier<T> work) {
        return as("agent@mairie.test", work, "ROLE_AGENT");
    }
}
