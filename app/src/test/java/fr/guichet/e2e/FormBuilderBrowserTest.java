package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.tenancy.Tenant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A designer builds a form without code: adds fields to a section, gives one a condition on an earlier answer, sees
 * the portal's own rendering update in the preview, is told every problem before publishing, and publishes; the
 * portal then serves the new form. axe-core finds no serious violation in the builder or the preview.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBuilderBrowserTest {

    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire votre demande de permis de détention.",
            LegalBasis.PUBLIC_TASK, "Deux ans après la décision.", "Service de la police municipale.");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Tenant ajaccio;
    private Browser browser;

    @BeforeAll
    void aCommune() throws Exception {
        ajaccio = tenants.commune("2A004", "ajaccio", null, "#1d4e89", "#5b3a00");
    }

    @BeforeEach
    void designerSignedIn() {
        browser = new Browser();
        SignInPage.open(browser, base()).signIn(TestTenants.agentOf(ajaccio), TestTenants.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aDesignerAddsConditionalFieldsSeesThemInThePreviewAndPublishes() {
        UUID procedure = draft("Déclaration de détention d’un chien");
        FormBuilderPage builder = FormBuilderPage.open(browser, base(), procedure);
        assertThat(browser.find(By.tagName("h1")).getText())
                .isEqualTo("Formulaire : Déclaration de détention d’un chien");
        assertThat(builder.outline()).contains("Page 1 : Vous", "Section : Votre identité", "Texte court : Nom");
        assertThat(builder.preview("Votre identité")).contains("Nom");

        builder.select("identite");
        builder.addField("Oui ou non");
        assertThat(builder.editorHeading()).isEqualTo("Champ « Nouvelle question »");
        builder.type("Question posée", "Le chien est-il de catégorie 1 ou 2 ?");
        builder.type("Aide", "Chiens d’attaque, de garde ou de défense.");

        builder.select("identite");
        builder.addField("Texte court");
        builder.type("Question posée", "Numéro du permis de détention");
        builder.type("Identifiant technique", "Numéro Permis");
        assertThat(builder.fieldError("Identifiant technique")).contains("lettres minuscules sans accent");
        builder.type("Identifiant technique", "numero_permis");
        builder.choose("Afficher seulement si la réponse à", "Le chien est-il de catégorie 1 ou 2 ?");
        builder.choose("Valeur", "oui");
        assertThat(builder.outline()).contains("Oui ou non : Le chien est-il de catégorie 1 ou 2 ?",
                "Texte court : Numéro du permis de détention");
        assertThat(builder.status()).contains("Modifications non enregistrées");

        assertThat(builder.preview("Le chien est-il de catégorie 1 ou 2 ?"))
                .doesNotContain("Numéro du permis de détention");
        builder.clickInPreview(By.xpath("//*[@id='champ-champ_1']//vaadin-radio-button[normalize-space(.//label)="
                + "'Oui']//label"));
        assertThat(builder.preview("Numéro du permis de détention")).contains("Chiens d’attaque");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        builder.button("Vérifier");
        assertThat(builder.status()).isEqualTo("Aucun problème : le formulaire peut être publié.");
        builder.button("Publier");
        assertThat(builder.status()).contains("est en ligne");

        browser.open(base() + "/demarches/declaration-de-detention-d-un-chien/formulaire");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Le chien est-il de catégorie 1 ou 2 ?")
                .doesNotContain("Numéro du permis de détention");

        // Round trip: the published form is filled and submitted; the server validates it against the definition
        browser.find(By.cssSelector("#champ-nom input")).sendKeys("Paoli", Keys.TAB);
        browser.find(By.xpath("//*[@id='champ-champ_1']//vaadin-radio-button[normalize-space(.//label)='Oui']//label"))
                .click();
        browser.waitForVaadin();
        browser.find(By.cssSelector("#champ-numero_permis input")).sendKeys("PD-2026-14", Keys.TAB);
        browser.waitForVaadin();
        builder.button("Suivant");
        browser.find(By.cssSelector("#demandeur-courriel input")).sendKeys("paoli@exemple.fr", Keys.TAB);
        browser.find(By.cssSelector("#demandeur-consentement input")).click();
        builder.button("Déposer ma demande");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
        assertThat(browser.find(By.cssSelector(".receipt-number")).getDomProperty("innerText")).startsWith("AJA-");
    }

    @Test
    void publicationIsRefusedWithEveryProblemUntilTheFormIsComplete() {
        UUID procedure = draft("Inscription au marché de Noël");
        FormBuilderPage builder = FormBuilderPage.open(browser, base(), procedure);

        builder.select("identite");
        builder.addField("Choix unique");
        builder.type("Question posée", "Type de stand");
        builder.button("Publier");
        assertThat(builder.problems()).contains("La publication est refusée")
                .contains("« champ_1 » : la liste de choix est vide");

        builder.type("Choix proposés", "Alimentaire\nArtisanat\nAssociation");
        builder.button("Vérifier");
        assertThat(builder.status()).isEqualTo("Aucun problème : le formulaire peut être publié.");
        builder.select("champ_1");
        builder.button("Monter");
        assertThat(builder.outline()).containsSubsequence("Choix unique : Type de stand", "Texte court : Nom");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();

        builder.button("Enregistrer");
        assertThat(builder.status()).isEqualTo("Formulaire enregistré dans la version en préparation.");
        FormBuilderPage reopened = FormBuilderPage.open(browser, base(), procedure);
        assertThat(reopened.outline()).containsSubsequence("Choix unique : Type de stand", "Texte court : Nom");
    }

    @Test
    void aDesignerLetsApiParticulierAnswerADocumentField() {
        UUID procedure = draft("Tarif réduit de la médiathèque");
        FormBuilderPage builder = FormBuilderPage.open(browser, base(), procedure);
        builder.select("identite");
        builder.addField("Fichier à joindre");
        builder.type("Question posée", "Attestation de quotient familial");
        builder.type("Types de fichiers acceptés", "pdf");
        WebElement size = browser.find(By.xpath("//vaadin-integer-field[./label[contains(., 'Taille maximale')]]"
                + "//input"));
        size.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        size.sendKeys("5", Keys.TAB);
        browser.waitForVaadin();
        builder.choose("Source de la donnée", "API Particulier — quotient familial (CAF / MSA), ce document à défaut");
        assertThat(browser.find(By.xpath("//vaadin-select[./label[contains(., 'Source de la donnée')]]"))
                .getDomProperty("helperText")).contains("avec son accord", "API Particulier");
        assertThat(browser.seriousAccessibilityViolations())
                .as(Browser.describe(browser.seriousAccessibilityViolations())).isEmpty();
        builder.button("Vérifier");
        assertThat(builder.status()).isEqualTo("Aucun problème : le formulaire peut être publié.");
        builder.button("Publier");
        assertThat(builder.status()).contains("est en ligne");
        assertThat(jdbc.sql("SELECT form_json FROM " + ajaccio.schema() + ".procedure_versions WHERE procedure_id = ?")
                .param(procedure).query(String.class).single()).contains("api_particulier_quotient_familial");
    }

    private UUID draft(String title) {
        return tenants.draftProcedure(ajaccio, new ProcedureDescription(title, "Déclarer en ligne à la mairie.",
                Category.VIE_PRATIQUE, null, null, 15, "Police municipale"), PRIVACY, TestTenants.SIMPLE_FORM);
    }

    private String base() {
        return "http://ajaccio.localhost:" + port;
    }
}
