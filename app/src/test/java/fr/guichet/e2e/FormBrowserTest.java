package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import fr.guichet.attachments.SampleFiles;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.forms.Condition;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.PrefillSource;
import fr.guichet.forms.Rules;
import fr.guichet.forms.Section;
import fr.guichet.tenancy.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen fills in a published procedure's form: one page at a time, the server's French messages on the fields and
 * in a summary whose links move focus, a condition showing and hiding a field, a review of the answers, and the
 * requester's step before submission. axe-core finds no serious violation on any page, errors shown or not.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBrowserTest {

    private static final String SLUG = "demande-de-subvention-associative";
    private static final String FORM = FormJson.write(FormDefinition.of(
            Page.of("structure", "Votre structure", Section.of("identification", "Identification de la structure",
                    Field.of("nom_structure", FieldType.SHORT_TEXT, "Nom de la structure").asRequired(),
                    Field.of("siret", FieldType.SIRET, "Numéro SIRET").asRequired()
                            .withHelp("14 chiffres, par exemple 732 829 320 00074."),
                    Field.of("date_creation", FieldType.DATE, "Date de création").asRequired()
                            .withHelp("Exemple : 14/07/1990"),
                    Field.of("montant", FieldType.NUMBER, "Montant demandé, en euros")
                            .withRules(Rules.value(BigDecimal.ZERO, null)),
                    Field.of("forme", FieldType.DROPDOWN, "Forme juridique")
                            .withOptions("Association déclarée", "Association reconnue d’utilité publique", "Autre"),
                    Field.of("courriel", FieldType.EMAIL, "Adresse électronique de contact")
                            .withHelp("Exemple : nom@domaine.fr").prefilledFrom(PrefillSource.EMAIL))),
            Page.of("famille", "Votre famille et vos activités",
                    Section.of("foyer", "Votre famille",
                            Field.of("enfant", FieldType.YES_NO, "Avez-vous un enfant ?").asRequired(),
                            Field.of("prenom_enfant", FieldType.SHORT_TEXT, "Prénom de l’enfant").asRequired()
                                    .when(Condition.equalTo("enfant", "oui"))),
                    Section.of("loisirs", "Vos activités",
                            Field.of("activites", FieldType.MULTIPLE_CHOICE, "Activités souhaitées").asRequired()
                                    .withOptions("Sport", "Musique", "Théâtre"),
                            Field.of("frequence", FieldType.SINGLE_CHOICE, "Fréquence")
                                    .withOptions("Chaque semaine", "Chaque mois"),
                            Field.of("projet", FieldType.LONG_TEXT, "Présentation du projet"),
                            Field.group("contacts", "Personne à prévenir", 0, 2,
                                    Field.of("nom_contact", FieldType.SHORT_TEXT, "Nom et prénom").asRequired(),
                                    Field.of("telephone_contact", FieldType.PHONE, "Téléphone")
                                            .withHelp("Exemple : 06 12 34 56 78"))),
                    Section.of("engagement", "Pièces et engagement",
                            Field.of("information", FieldType.INFORMATION_TEXT,
                                    "Le service de la vie associative étudie chaque demande en commission."),
                            Field.of("attestation", FieldType.FILE, "Attestation d’assurance").asRequired()
                                    .accepting(5 * 1024 * 1024, "pdf", "jpg"),
                            Field.of("sur_l_honneur", FieldType.CONSENT,
                                    "J’atteste sur l’honneur l’exactitude des informations fournies.").asRequired()))));
    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire votre demande de subvention.",
            LegalBasis.PUBLIC_TASK, "Cinq ans après le versement.", "Service de la vie associative.");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @TempDir
    Path files;

    private Tenant digne;
    private Browser browser;

    @BeforeAll
    void aCommuneWithAPublishedProcedure() throws Exception {
        digne = tenants.commune("04070", "digne-les-bains", null, "#1f4e8c", "#2f5d3a");
        tenants.publishProcedure(digne, new ProcedureDescription("Demande de subvention associative",
                "Demandez une subvention de fonctionnement pour votre association.", Category.VIE_PRATIQUE,
                "Associations de la commune", "Statuts, attestation d’assurance", 30,
                "Service de la vie associative"), PRIVACY, FORM);
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCitizenFillsInTheFormPageByPageWithTheServersMessagesThenReviewsAndChecksTheAnswers() {
        browser.open(base() + "/demarches/" + SLUG);
        screenshot("form-0-procedure");
        browser.find(By.linkText("Commencer la démarche")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/demarches/" + SLUG + "/formulaire"));
        waitForStep("Étape 1 sur 3 : Votre structure");
        assertThat(text(".form-step-next")).isEqualTo("Étape suivante : Votre famille et vos activités");
        assertThat(browser.driver().getTitle()).isEqualTo(
                "Étape 1 sur 3 : Votre structure – Demande de subvention associative");
        assertAccessible();
        screenshot("form-1-page");

        // Empty required fields: the server's messages on the fields and in a focused summary
        button("Suivant").click();
        browser.waitUntil(d -> isShown(".error-summary"));
        assertThat(text(".error-summary")).contains("3 erreurs empêchent de continuer")
                .contains("Nom de la structure : Ce champ est obligatoire.")
                .contains("Numéro SIRET : Ce champ est obligatoire.")
                .contains("Date de création : Ce champ est obligatoire.")
                .doesNotContain("Montant");
        assertThat(errorOf("champ-siret")).isEqualTo("Ce champ est obligatoire.");
        assertThat(errorOf("champ-date_creation")).isEqualTo("Ce champ est obligatoire.");
        assertThat(errorOf("champ-montant")).isEmpty();
        assertThat(script("return document.activeElement.classList.contains('error-summary');")).isEqualTo(true);
        assertThat(browser.driver().getTitle()).startsWith("3 erreurs – Étape 1 sur 3 : Votre structure");
        assertAccessible();
        screenshot("form-2-errors");

        // The summary's link moves focus to its field
        browser.find(By.partialLinkText("Numéro SIRET :")).click();
        browser.waitUntil(d -> Boolean.TRUE.equals(script(
                "return document.activeElement && document.activeElement.closest('#champ-siret') !== null;")));

        // A SIRET whose checksum is wrong: the French checksum message; a date that is not one: the server's message
        type("champ-nom_structure", "Les Amis du Musée Gassendi");
        type("champ-siret", "732 829 320 00075");
        type("champ-date_creation", "45/13/2015");
        type("champ-montant", "1 250,50");
        button("Suivant").click();
        browser.waitUntil(d -> text(".error-summary").contains("2 erreurs empêchent de continuer"));
        String checksum = "Ce numéro SIRET n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).";
        assertThat(errorOf("champ-siret")).isEqualTo(checksum);
        assertThat(text(".error-summary")).contains("Numéro SIRET : " + checksum);
        assertThat(errorOf("champ-date_creation")).isEqualTo("Saisissez une date valide, par exemple 14/07/1990.");
        assertThat(errorOf("champ-nom_structure")).isEmpty();
        assertAccessible();
        screenshot("form-3-siret");
        type("champ-date_creation", "14/07/2015");
        browser.waitUntil(d -> errorOf("champ-date_creation").isEmpty());
        assertThat(text(".error-summary")).contains("Une erreur empêche de continuer").doesNotContain("Date");

        // Fixed: the field's error and the summary go as the field is corrected, then the next page
        type("champ-siret", "732 829 320 00074");
        browser.waitUntil(d -> errorOf("champ-siret").isEmpty());
        assertThat(isShown(".error-summary")).isFalse();
        button("Suivant").click();
        waitForStep("Étape 2 sur 3 : Votre famille et vos activités");
        assertThat(isShown(".error-summary")).isFalse();
        assertThat(isShown("#champ-prenom_enfant")).isFalse();
        assertThat(text("#champ-attestation")).contains("Formats acceptés : PDF, JPG ; 5 Mo au plus.")
                .contains("Choisir un fichier");
        assertAccessible();
        assertThat(new FileField(browser, "champ-attestation").pickAccepted(attestation()))
                .contains("Fichier joint : attestation.pdf");

        // The condition shows and hides the child's first name as the answer changes
        option("champ-enfant", "vaadin-radio-button", "Oui").click();
        browser.waitUntil(d -> isShown("#champ-prenom_enfant"));
        option("champ-enfant", "vaadin-radio-button", "Non").click();
        browser.waitUntil(d -> !isShown("#champ-prenom_enfant"));
        option("champ-enfant", "vaadin-radio-button", "Oui").click();
        browser.waitUntil(d -> isShown("#champ-prenom_enfant"));
        screenshot("form-4-condition");

        // Required choices and consent: errors on the groups of options too
        button("Suivant").click();
        browser.waitUntil(d -> isShown(".error-summary"));
        assertThat(text(".error-summary")).contains("3 erreurs empêchent de continuer")
                .contains("Prénom de l’enfant : Ce champ est obligatoire.")
                .contains("Activités souhaitées : Ce champ est obligatoire.")
                .contains("J’atteste sur l’honneur l’exactitude des informations fournies : Vous devez cocher "
                        + "cette case pour continuer.")
                .doesNotContain("Attestation d’assurance");
        assertThat(errorOf("champ-activites")).isEqualTo("Ce champ est obligatoire.");
        assertAccessible();
        screenshot("form-5-page-2-errors");
        browser.find(By.partialLinkText("Activités souhaitées :")).click();
        browser.waitUntil(d -> Boolean.TRUE.equals(script(
                "return document.activeElement && document.activeElement.closest('#champ-activites') !== null;")));

        type("champ-prenom_enfant", "Léa");
        browser.waitUntil(d -> errorOf("champ-prenom_enfant").isEmpty());
        assertThat(text(".error-summary")).contains("2 erreurs empêchent de continuer").doesNotContain("Prénom");
        option("champ-activites", "vaadin-checkbox", "Sport").click();
        option("champ-activites", "vaadin-checkbox", "Théâtre").click();
        browser.find(By.cssSelector("#champ-sur_l_honneur label")).click();
        button("Ajouter").click();
        browser.waitUntil(d -> isShown("#champ-contacts-1-nom_contact"));
        assertThat(text("#champ-contacts legend")).contains("Personne à prévenir");
        type("champ-contacts-1-nom_contact", "Jean Martin");
        type("champ-contacts-1-telephone_contact", "06 12 34 56 78");
        assertAccessible();
        screenshot("form-6-page-2-filled");

        // The review lists the answers as the server cleaned them
        button("Suivant").click();
        waitForStep("Étape 3 sur 3 : Vérification de vos réponses");
        String review = text(".form-review").replace('\u202f', ' ');
        assertThat(review).contains("Les Amis du Musée Gassendi").contains("732 829 320 00074").contains("14/07/2015")
                .contains("1 250,5").contains("Avez-vous un enfant ?\nOui").contains("Prénom de l’enfant\nLéa")
                .contains("Sport, Théâtre").contains("Personne à prévenir 1").contains("Jean Martin")
                .contains("06 12 34 56 78").contains("Attestation d’assurance\nFichier joint : attestation.pdf")
                .contains("Forme juridique\nNon renseigné").contains("Présentation du projet\nNon renseigné");
        assertAccessible();
        screenshot("form-7-review");

        // Back one step keeps the answers
        button("Précédent").click();
        waitForStep("Étape 2 sur 3 : Votre famille et vos activités");
        assertThat(script("return document.querySelector('#champ-prenom_enfant').value;")).isEqualTo("Léa");
        button("Suivant").click();
        waitForStep("Étape 3 sur 3 : Vérification de vos réponses");

        // Submitting needs the requester's e-mail and consent: both are asked for on the fields, in French
        button("Déposer ma demande").click();
        browser.waitUntil(d -> isShown(".form-complete"));
        assertThat(text(".form-complete")).contains("Indiquez votre adresse électronique")
                .contains("Cochez la case pour confirmer");
        assertThat(errorOf("demandeur-courriel")).contains("Indiquez votre adresse électronique");
        assertAccessible();
        screenshot("form-8-complete");
    }

    @Test
    void theFormOfAProcedureThatIsNotPublishedIsNotFound() {
        browser.open(base() + "/demarches/n-existe-pas/formulaire");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    }

    /** An insurance certificate: a small real PDF. */
    private Path attestation() {
        try {
            return Files.write(files.resolve("attestation.pdf"), SampleFiles.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitForStep(String heading) {
        browser.waitUntil(d -> heading.equals(text("#etape")));
        browser.waitForVaadin();
    }

    private org.openqa.selenium.WebElement button(String caption) {
        return browser.find(By.xpath("//vaadin-button[not(@hidden)][normalize-space()='" + caption + "']"));
    }

    private org.openqa.selenium.WebElement option(String fieldId, String tag, String label) {
        return browser.find(By.xpath("//*[@id='" + fieldId + "']//" + tag + "[normalize-space(.//label)='" + label
                + "']//label"));
    }

    /** Types into a field's input, replacing what was there, and leaves it so that the value is sent. */
    private void type(String fieldId, String value) {
        var input = browser.find(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }

    /** The error message a field shows, empty when none. */
    private String errorOf(String fieldId) {
        return String.valueOf(script("""
                const field = document.getElementById(arguments[0]);
                const message = field && field.hasAttribute('invalid')
                    ? field.querySelector(':scope > [slot=error-message]') : null;
                return message ? message.innerText.trim() : '';""", fieldId));
    }

    private boolean isShown(String selector) {
        return Boolean.TRUE.equals(script("""
                const element = document.querySelector(arguments[0]);
                return element !== null && element.offsetParent !== null;""", selector));
    }

    private String text(String selector) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
                selector));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    private void assertAccessible() {
        List<Rule> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as(Browser.describe(violations)).isEmpty();
    }

    /** The whole page, not only the window: the window is stretched to the page's height for the shot. */
    private void screenshot(String name) {
        Dimension size = browser.driver().manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
        browser.driver().manage().window().setSize(new Dimension(size.getWidth(), (int) Math.max(height + 150,
                size.getHeight())));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(size);
    }

    private String base() {
        return "http://" + digne.defaultHost() + ":" + port;
    }
}
