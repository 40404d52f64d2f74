package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.attachments.SampleFiles;
import fr.guichet.attachments.Uploader;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen joins a document to a form: a Windows program renamed .pdf is refused with the server's French message,
 * a real PDF is kept and shown with its name, size and « Retirer ». The request is then submitted (the portal's
 * submit button is not on main yet: the test drives {@link Submissions} with the answers the page built and the
 * browser session's uploader), and the agent finds the file on the request's page and downloads it through their
 * own session only. axe-core finds no serious violation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentsBrowserTest {

    private static final String SLUG = "permis-de-stationnement-pour-demenagement";
    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demande", "Votre demande",
            Section.of("vous", "Vous",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired(),
                    Field.of("justificatif", FieldType.FILE, "Justificatif de domicile").asRequired()
                            .withHelp("Une facture de moins de trois mois.")
                            .accepting(5 * 1024 * 1024, "pdf", "jpg", "png")))));

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Submissions submissions;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path files;

    private Tenant nantes;
    private Browser citizen;
    private Browser agent;

    @BeforeAll
    void aCommuneWithAProcedureAskingForADocument() throws Exception {
        nantes = tenants.commune("44109", "nantes", null, "#0b4f6c", "#5b3a00");
        tenants.publishProcedure(nantes, new ProcedureDescription("Permis de stationnement pour déménagement",
                "Réservez une place pour votre camion.", Category.VOIRIE_PROPRETE, null, "Justificatif de domicile",
                10, "Service du domaine public"), new PrivacyNotice("Délivrer le permis.", LegalBasis.PUBLIC_TASK,
                "Un an.", "Service du domaine public."), FORM);
    }

    @AfterEach
    void closeBrowsers() {
        if (citizen != null) {
            citizen.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void aCitizenJoinsAPdfAndTheAgentDownloadsItWhileARenamedProgramIsRefused() throws Exception {
        Path program = Files.write(files.resolve("facture.pdf"), SampleFiles.windowsExecutable());
        Path pdf = Files.write(files.resolve("justificatif-domicile.pdf"), SampleFiles.pdf());
        citizen = new Browser();
        citizen.open(base() + "/demarches/" + SLUG + "/formulaire");
        FileField proof = new FileField(citizen, "champ-justificatif");
        assertThat(citizen.find(By.id("champ-justificatif")).getDomProperty("innerText"))
                .contains("Justificatif de domicile", "Une facture de moins de trois mois.",
                        "Formats acceptés : PDF, JPG, PNG ; 5 Mo au plus.", "Choisir un fichier");

        // Nothing joined: the required document is the server's error, on the field and in the summary
        WebElement name = citizen.find(By.cssSelector("#champ-nom input"));
        name.sendKeys("Claire Martin", Keys.TAB);
        citizen.find(By.xpath("//vaadin-button[not(@hidden)][normalize-space()='Suivant']")).click();
        citizen.waitUntil(d -> proof.error().equals("Ce champ est obligatoire."));
        assertThat(citizen.find(By.cssSelector(".error-summary")).getDomProperty("innerText"))
                .contains("Justificatif de domicile : Ce champ est obligatoire.");
        assertAccessible(citizen);

        // A Windows program named .pdf: told what it is, from its content
        assertThat(proof.pickRefused(program)).isEqualTo("Ce fichier est un programme Windows ; formats acceptés :"
                + " PDF, JPG, PNG.");
        assertThat(proof.joined()).isEmpty();
        assertThat(citizen.find(By.id("champ-justificatif-erreur")).getDomAttribute("role")).isEqualTo("alert");
        assertAccessible(citizen);
        citizen.screenshot("attachments-1-refused");

        // A real PDF: kept, shown with its name and size; « Retirer » takes it back, and it can be joined again
        assertThat(proof.pickAccepted(pdf)).contains("Fichier joint : justificatif-domicile.pdf ("
                + SampleFiles.pdf().length + " octets)").contains("Retirer");
        assertThat(proof.error()).isEmpty();
        assertAccessible(citizen);
        proof.remove();
        assertThat(proof.joined()).isEmpty();
        assertThat(proof.pickAccepted(pdf)).contains("justificatif-domicile.pdf");
        citizen.screenshot("attachments-2-joined");
        citizen.find(By.xpath("//vaadin-button[not(@hidden)][normalize-space()='Suivant']")).click();
        citizen.waitUntil(d -> d.findElements(By.cssSelector(".form-review")).size() == 1);

        // The final step: what the submit button will send (the answer the field built, the session's uploader)
        Map<String, Object> pending = jdbc.sql("SELECT reference, original_name, size_bytes, uploader_key FROM "
                + nantes.schema() + ".attachments WHERE request_id IS NULL ORDER BY created_at DESC LIMIT 1")
                .query().singleRow();
        assertThat(jdbc.sql("SELECT count(*) FROM " + nantes.schema() + ".attachments").query(Long.class).single())
                .as("the removed file is deleted, the refused program was never kept").isEqualTo(1);
        SubmissionResult submitted = TenantContext.supplyAs(nantes.asCurrent(), () -> submissions.submitOnline(SLUG,
                Map.of("nom", "Claire Martin", "justificatif", Map.of("reference", pending.get("reference"),
                        "name", pending.get("original_name"), "size", pending.get("size_bytes"))),
                Requester.guest("Claire Martin", "claire.martin@exemple.fr"),
                new Uploader((String) pending.get("uploader_key"))));
        assertThat(submitted.accepted()).as(submitted.errors().toString()).isTrue();

        // The agent sees the file on the request's page and downloads it with their own session only
        agent = new Browser();
        SignInPage.open(agent, base()).signIn(TestTenants.agentOf(nantes), TestTenants.PASSWORD);
        agent.open(base() + "/agents/demandes/" + submitted.requestId());
        String panel = agent.find(By.cssSelector(".request-attachments")).getDomProperty("innerText");
        assertThat(panel).contains("Pièce jointe", "justificatif-domicile.pdf", "un document PDF",
                SampleFiles.pdf().length + " octets", "Aperçu (nouvel onglet)");
        assertAccessible(agent);
        ((JavascriptExecutor) agent.driver()).executeScript(
                "document.querySelector('.request-attachments').scrollIntoView();");
        agent.screenshot("attachments-3-agent");
        WebElement download = agent.find(By.cssSelector(".request-attachments a[download]"));
        WebElement preview = agent.find(By.cssSelector(".request-attachments a.request-attachment-preview"));
        assertThat(preview.getDomAttribute("target")).isEqualTo("_blank");
        String cookie = "JSESSIONID=" + agent.driver().manage().getCookieNamed("JSESSIONID").getValue();

        RawHttp.Response file = RawHttp.get(port, host(), path(download), cookie);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers()).contains("Content-Disposition: attachment; filename=\"justificatif-domicile.pdf\"")
                .contains("Content-Type: application/pdf").contains("X-Content-Type-Options: nosniff");
        assertThat(file.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(SampleFiles.pdf());
        RawHttp.Response shown = RawHttp.get(port, host(), path(preview), cookie);
        assertThat(shown.headers()).contains("Content-Disposition: inline; filename=\"justificatif-domicile.pdf\"")
                .contains("Content-Type: application/pdf");
        assertThat(RawHttp.get(port, host(), path(download), null).body()).as("not without the agent's session")
                .doesNotContain("%PDF");
        assertThat(jdbc.sql("SELECT purpose FROM " + nantes.schema() + ".request_reads WHERE request_id = ?")
                .param(submitted.requestId()).query(String.class).list())
                .containsExactlyInAnyOrder("consultation", "piece-jointe", "piece-jointe");
    }

    private void assertAccessible(Browser browser) {
        List<com.deque.html.axecore.results.Rule> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as(Browser.describe(violations)).isEmpty();
    }

    private static String path(WebElement link) {
        URI href = URI.create(link.getDomProperty("href"));
        return href.getRawPath() + (href.getRawQuery() == null ? "" : "?" + href.getRawQuery());
    }

    private String host() {
        return nantes.defaultHost() + ":" + port;
    }

    private String base() {
        return "http://" + host();
    }
}
