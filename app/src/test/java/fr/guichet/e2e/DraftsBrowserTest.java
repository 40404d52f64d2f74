package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.attachments.PendingUploadsCleanup;
import fr.guichet.attachments.SampleFiles;
import fr.guichet.drafts.ExpiredDraftsPurge;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.tenancy.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drafts in a real browser: a signed-in citizen fills half a form, leaves, comes back through « Mes demandes » →
 * « Reprendre », finds the answers and the page, submits, and the draft is gone; a draft past its expiry is announced
 * and the form starts empty; « Recommencer » and « Supprimer » ask first; a draft's file outlives the 24-hour cleanup
 * and another session; a visitor is told that nothing is kept.
 * axe-core finds no serious violation on any of these pages.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftsBrowserTest {

    private static final String TITLE = "Demande d’emplacement sur le marché";
    private static final String PASSWORD = "Place de Jaude, 63000 Clermont";
    private static final String FORM = FormJson.write(FormDefinition.of(
            Page.of("commercant", "Vous", Section.of("identite", "Votre identité",
                    Field.of("prenom", FieldType.SHORT_TEXT, "Prénom").asRequired(),
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired())),
            Page.of("etal", "Votre étal", Section.of("marchandises", "Ce que vous vendez",
                    Field.of("produits", FieldType.SHORT_TEXT, "Produits vendus").asRequired(),
                    Field.of("precisions", FieldType.LONG_TEXT, "Précisions")))));

    /** A second procedure, asking for a document. */
    private static final String FILE_FORM = FormJson.write(FormDefinition.of(
            Page.of("entreprise", "Votre entreprise", Section.of("societe", "Société",
                    Field.of("raison", FieldType.SHORT_TEXT, "Raison sociale").asRequired(),
                    Field.of("kbis", FieldType.FILE, "Extrait Kbis").asRequired().accepting(5L << 20, "pdf")))));

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    ExpiredDraftsPurge purge;
    @Autowired
    PendingUploadsCleanup cleanup;
    @Autowired
    JdbcClient jdbc;

    private Tenant clermont;
    private String formPath = "";
    private String fileFormPath = "";
    private Browser browser;
    private CitizenPortalPage portal;

    @BeforeAll
    void aCommuneWithATwoPageForm() throws Exception {
        clermont = tenants.commune("63113", "clermont-ferrand", null, "#1f4e8c", "#2f5d3a");
        java.util.UUID procedure = tenants.publishProcedure(clermont, new ProcedureDescription(TITLE,
                "Demandez un emplacement pour vendre sur les marchés de la ville.", Category.VIE_PRATIQUE,
                "Commerçants non sédentaires", "Extrait Kbis", 10, "Service des marchés"),
                new PrivacyNotice("Attribuer les emplacements.", LegalBasis.PUBLIC_TASK, "Deux ans.",
                        "Service des marchés."), FORM);
        formPath = formPath(procedure);
        fileFormPath = formPath(tenants.publishProcedure(clermont, new ProcedureDescription(
                "Carte de commerçant du marché couvert", "Demandez votre carte pour le marché couvert.",
                Category.VIE_PRATIQUE, "Commerçants", "Extrait Kbis", 10, "Service des marchés"),
                new PrivacyNotice("Délivrer les cartes.", LegalBasis.PUBLIC_TASK, "Deux ans.", "Service des marchés."),
                FILE_FORM));
    }

    private String formPath(java.util.UUID procedure) {
        return "/demarches/" + jdbc.sql("SELECT slug FROM " + clermont.schema() + ".procedures WHERE id = ?")
                .param(procedure).query(String.class).single() + "/formulaire";
    }

    @BeforeEach
    void freshBrowser() {
        browser = new Browser();
        portal = new CitizenPortalPage(browser, base());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCitizenLeavesHalfwayResumesFromMesDemandesSubmitsAndTheDraftIsGone() {
        String email = "claire.dupont@exemple.fr";
        signUpAndSignIn(email);

        // Half a form: page 1, then the first answer of page 2; each change is saved without a button
        portal.open(formPath);
        assertThat(portal.text("body")).doesNotContain("Brouillon enregistré le");
        portal.type("champ-prenom", "Claire");
        portal.type("champ-nom", "Dupont");
        portal.waitForText("#etat-brouillon", "Brouillon enregistré à");
        portal.assertAccessible();
        portal.press("Suivant");
        browser.waitUntil(d -> drafts(email).contains("Dupont"));
        browser.screenshot("drafts-1-autosaved");

        // Typed, and the page left at once through the header's « Mes demandes »: the answer is saved all the same
        browser.find(By.cssSelector("#champ-produits input")).sendKeys("Fromages d’Auvergne");
        portal.follow("Mes demandes");
        assertThat(drafts(email)).contains("Fromages d’Auvergne");
        assertThat(portal.heading()).isEqualTo("Mes demandes");
        assertThat(portal.text("#brouillons")).contains("Brouillons").contains(TITLE).contains("Enregistré le "
                + today());
        portal.assertAccessible();
        browser.screenshot("drafts-2-mes-demandes");

        // « Reprendre »: the answers and the page where the citizen left
        portal.follow("Reprendre");
        assertThat(portal.path()).isEqualTo(formPath);
        portal.waitForText("#brouillon", "Brouillon enregistré le " + today());
        assertThat(portal.text("#brouillon")).contains("repris");
        assertThat(portal.text("#etape")).contains("Votre étal");
        assertThat(portal.value("champ-produits")).isEqualTo("Fromages d’Auvergne");
        portal.assertAccessible();
        browser.screenshot("drafts-3-resumed");
        portal.press("Précédent");
        assertThat(portal.value("champ-prenom")).isEqualTo("Claire");
        assertThat(portal.value("champ-nom")).isEqualTo("Dupont");
        portal.press("Suivant");
        portal.type("champ-precisions", "Un étal de trois mètres.");
        portal.press("Suivant");
        portal.waitForText("#etape", "Vérification de vos réponses");
        assertThat(portal.text(".form-review")).contains("Claire").contains("Fromages d’Auvergne")
                .contains("Un étal de trois mètres.");

        // Submitted: the request exists, its draft does not
        browser.find(By.cssSelector("#demandeur-consentement input")).click();
        portal.press("Déposer ma demande");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
        assertThat(drafts(email)).isEmpty();
        portal.open("/mes-demandes");
        assertThat(portal.text(".tracked-list")).contains(TITLE);
        assertThat(portal.text("#brouillons")).as("no draft left").isEmpty();
        portal.open(formPath);
        assertThat(portal.value("champ-prenom")).isEmpty();
        assertThat(portal.text("body")).doesNotContain("Brouillon enregistré le");
    }

    @Test
    void anExpiredDraftIsAnnouncedAndTheFormStartsEmpty() {
        String email = "bruno.faure@exemple.fr";
        signUpAndSignIn(email);
        startDraft("Bruno");

        jdbc.sql("UPDATE " + clermont.schema() + ".drafts SET expires_at = now() - interval '3 days'").update();
        purge.run();
        String expiredOn = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(3)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        portal.open(formPath);

        portal.waitForText("#brouillon", "Ce brouillon a expiré le " + expiredOn
                + " : ses réponses ont été supprimées.");
        assertThat(portal.value("champ-prenom")).isEmpty();
        portal.assertAccessible();
        browser.screenshot("drafts-4-expired");
        portal.open(formPath);
        assertThat(portal.text("body")).as("said once").doesNotContain("a expiré");
    }

    @Test
    void restartingAndDeletingADraftAreConfirmedFirst() {
        String email = "jeanne.roche@exemple.fr";
        signUpAndSignIn(email);
        startDraft("Jeanne");

        // « Recommencer »: cancelled, nothing changes; confirmed, the draft is gone and the form empty
        portal.open(formPath);
        portal.waitForText("#brouillon", "repris");
        browser.find(By.id("recommencer")).click();
        browser.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='cancel-button']")).click();
        browser.waitForVaadin();
        assertThat(portal.value("champ-prenom")).isEqualTo("Jeanne");
        browser.find(By.id("recommencer")).click();
        browser.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")).click();
        browser.waitUntil(d -> portal.value("champ-prenom").isEmpty());
        assertThat(drafts(email)).isEmpty();
        assertThat(portal.text("body")).doesNotContain("repris");

        // « Supprimer » from « Mes demandes », confirmed
        portal.type("champ-prenom", "Jeanne");
        portal.waitForText("#etat-brouillon", "Brouillon enregistré à");
        portal.open("/mes-demandes");
        assertThat(portal.text("#brouillons")).contains(TITLE);
        browser.find(By.cssSelector("#brouillons .draft-delete")).click();
        browser.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")).click();
        portal.waitForText("#brouillons", "Brouillon supprimé.");
        assertThat(portal.text("#brouillons")).doesNotContain(TITLE);
        assertThat(drafts(email)).isEmpty();
        portal.assertAccessible();
    }

    @Test
    void aDraftKeepsItsFileBeyondADayAndInAnotherSessionAndTheSubmissionJoinsIt(@TempDir Path files)
            throws Exception {
        String email = "paul.girard@exemple.fr";
        signUpAndSignIn(email);
        Path kbis = Files.write(files.resolve("kbis.pdf"), SampleFiles.pdf());
        portal.open(fileFormPath);
        portal.type("champ-raison", "Fromagerie Girard");
        assertThat(new FileField(browser, "champ-kbis").pickAccepted(kbis)).contains("kbis.pdf");
        browser.waitUntil(d -> drafts(email).contains("kbis.pdf"));

        // Two days later, in another browser: the pending file outlived the 24-hour cleanup, held by the draft
        jdbc.sql("UPDATE " + clermont.schema() + ".attachments SET created_at = created_at - interval '2 days'")
                .update();
        cleanup.run();
        browser.close();
        browser = new Browser();
        portal = new CitizenPortalPage(browser, base());
        portal.signIn(email, PASSWORD);
        portal.open(fileFormPath);
        portal.waitForText("#brouillon", "repris");
        assertThat(portal.value("champ-raison")).isEqualTo("Fromagerie Girard");
        assertThat(new FileField(browser, "champ-kbis").joined()).contains("kbis.pdf");
        portal.assertAccessible();

        portal.press("Suivant");
        portal.waitForText("#etape", "Vérification de vos réponses");
        browser.find(By.cssSelector("#demandeur-consentement input")).click();
        portal.press("Déposer ma demande");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
        assertThat(jdbc.sql("SELECT count(*) FROM " + clermont.schema() + ".attachments a JOIN " + clermont.schema()
                + ".requests r ON r.id = a.request_id WHERE a.original_name = 'kbis.pdf'").query(Long.class).single())
                .as("joined to the request").isEqualTo(1);
        assertThat(drafts(email)).isEmpty();
    }

    @Test
    void aDraftOfAnEarlierVersionKeepsTheAnswersThatStillFitAndSaysSo() {
        ProcedureDescription description = new ProcedureDescription("Abonnement au marché de nuit",
                "Abonnez-vous aux marchés de nuit de l’été.", Category.VIE_PRATIQUE, "Commerçants", "Aucune", 10,
                "Service des marchés");
        PrivacyNotice privacy = new PrivacyNotice("Gérer les abonnements.", LegalBasis.PUBLIC_TASK, "Deux ans.",
                "Service des marchés.");
        java.util.UUID procedure = tenants.publishProcedure(clermont, description, privacy, FORM);
        String path = formPath(procedure);
        String email = "lucie.martin@exemple.fr";
        signUpAndSignIn(email);
        portal.open(path);
        portal.type("champ-prenom", "Lucie");
        portal.type("champ-nom", "Martin");
        browser.waitUntil(d -> drafts(email).contains("Martin"));

        // The town hall publishes version 2: « Nom » becomes « Nom de l’enseigne », another kind of question
        tenants.republishProcedure(clermont, procedure, description, privacy, FormJson.write(FormDefinition.of(
                Page.of("commercant", "Vous", Section.of("identite", "Votre identité",
                        Field.of("prenom", FieldType.SHORT_TEXT, "Prénom").asRequired(),
                        Field.of("nom", FieldType.LONG_TEXT, "Nom de l’enseigne").asRequired())))));
        portal.open(path);

        portal.waitForText("#brouillon", "Cette démarche a été modifiée depuis votre brouillon : vos réponses ont été"
                + " reprises pour les questions qui n’ont pas changé.");
        assertThat(portal.value("champ-prenom")).isEqualTo("Lucie");
        assertThat(portal.value("champ-nom")).isEmpty();
        portal.assertAccessible();
        browser.screenshot("drafts-5-new-version");
    }

    @Test
    void aVisitorIsToldThatAnswersAreKeptOnlyWhenSignedIn() {
        String countDrafts = "SELECT count(*) FROM " + clermont.schema() + ".drafts";
        long before = jdbc.sql(countDrafts).query(Long.class).single();
        portal.open(formPath);
        assertThat(portal.text("#brouillon")).contains("ne sont pas enregistrées").contains("connectez-vous");
        portal.type("champ-prenom", "Anonyme");
        assertThat(portal.text("body")).doesNotContain("Brouillon enregistré à");
        assertThat(jdbc.sql(countDrafts).query(Long.class).single()).isEqualTo(before);
        portal.assertAccessible();
    }

    private void signUpAndSignIn(String email) {
        tenants.citizen(clermont, email, PASSWORD);
        portal.signIn(email, PASSWORD);
    }

    /** Opens the form and types a first name, which is saved as a draft. */
    private void startDraft(String firstName) {
        portal.open(formPath);
        portal.type("champ-prenom", firstName);
        portal.waitForText("#etat-brouillon", "Brouillon enregistré à");
    }

    /** The answers of the drafts of the citizen {@code email}, as stored. */
    private String drafts(String email) {
        return String.join("\n", jdbc.sql("SELECT coalesce(d.answers_json, '') FROM " + clermont.schema()
                + ".drafts d JOIN " + clermont.schema() + ".citizens c ON c.id = d.citizen_id WHERE c.email = ?")
                .param(email).query(String.class).list());
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private String base() {
        return "http://" + clermont.defaultHost() + ":" + port;
    }
}
