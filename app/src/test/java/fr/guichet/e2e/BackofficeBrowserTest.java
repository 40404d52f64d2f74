package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.tenancy.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Agents sign in on their own commune's host only, see its dashboard and edit its legal pages. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackofficeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    private Tenant rennes;
    private Tenant bordeaux;
    private Browser browser;

    @BeforeAll
    void provisionTwoCommunes() throws Exception {
        rennes = tenants.commune("35238", "rennes", null, "#0b5d5e", "#5b3a00");
        bordeaux = tenants.commune("33063", "bordeaux", null, "#8a1c1c", "#3d2a63");
    }

    @BeforeEach
    void freshBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theBackOfficeAsksForSignInThenShowsTheCommunesDashboard() {
        browser.open(base(rennes) + "/agents");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/connexion");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();

        SignInPage.open(browser, base(rennes)).signIn(TestTenants.agentOf(rennes), TestTenants.PASSWORD);

        browser.open(base(rennes) + "/agents");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Rennes");
        assertThat(browser.find(By.tagName("body")).getText()).contains("Espace agents – Rennes")
                .contains("rennes.localhost").doesNotContain("Bordeaux");
        browser.screenshot("backoffice-dashboard-rennes");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();
    }

    @Test
    void wrongPasswordsAreRefusedWithAFrenchMessage() {
        SignInPage page = SignInPage.open(browser, base(rennes));
        page.signIn(TestTenants.agentOf(rennes), "pas-le-bon-mot-de-passe");
        assertThat(page.hasError()).isTrue();
        assertThat(browser.find(By.tagName("vaadin-login-form")).getText()).contains("Identifiants incorrects");
    }

    @Test
    void anAgentOfOneCommuneCannotSignInOnAnothersBackOffice() {
        SignInPage page = SignInPage.open(browser, base(bordeaux));
        page.signIn(TestTenants.agentOf(rennes), TestTenants.PASSWORD);
        assertThat(page.hasError()).isTrue();
        browser.open(base(bordeaux) + "/agents");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/connexion");
    }

    @Test
    void aSessionCookieCarriedToAnotherCommunesHostOpensNothingThere() {
        SignInPage.open(browser, base(rennes)).signIn(TestTenants.agentOf(rennes), TestTenants.PASSWORD);
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();

        browser.open(base(bordeaux) + "/");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", session.getValue(), "/"));
        browser.driver().get(base(bordeaux) + "/agents");

        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Espace agents – Bordeaux")
                .doesNotContain("Rennes");
        browser.open(base(rennes) + "/agents");
        assertThat(browser.driver().getCurrentUrl()).as("the stolen session was invalidated").endsWith("/connexion");
    }

    @Test
    void aCommuneAdministratorRewritesALegalPageAndThePortalShowsItAtOnce() {
        SignInPage.open(browser, base(rennes)).signIn(TestTenants.agentOf(rennes), TestTenants.PASSWORD);
        browser.open(base(rennes) + "/agents/pages-legales");
        var body = browser.find(By.cssSelector("vaadin-text-area textarea"));
        body.clear();
        body.sendKeys("Le portail est édité par la ville de Rennes, Hôtel de ville, place de la Mairie.");
        browser.find(By.xpath("//vaadin-button[contains(., 'Enregistrer')]")).click();
        browser.waitForVaadin();
        assertThat(browser.find(By.tagName("body")).getText()).contains("Page enregistrée");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();

        browser.open(base(rennes) + "/informations/mentions-legales");
        assertThat(browser.find(By.tagName("body")).getText()).contains("Hôtel de ville, place de la Mairie");
        browser.open(base(bordeaux) + "/informations/mentions-legales");
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Hôtel de ville, place de la Mairie")
                .contains("édité par Bordeaux");
    }

    @Test
    void anEmptyLegalPageIsRefusedInFrenchAndNothingChanges() {
        SignInPage.open(browser, base(bordeaux)).signIn(TestTenants.agentOf(bordeaux), TestTenants.PASSWORD);
        browser.open(base(bordeaux) + "/agents/pages-legales");
        browser.find(By.xpath("//vaadin-select")).click();
        browser.find(By.xpath("//vaadin-select-item[contains(., 'Accessibilité')]")).click();
        browser.waitForVaadin();
        var body = browser.find(By.cssSelector("vaadin-text-area textarea"));
        body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        browser.find(By.xpath("//vaadin-button[contains(., 'Enregistrer')]")).click();
        browser.waitForVaadin();
        assertThat(browser.find(By.cssSelector("vaadin-text-area")).getText())
                .contains("ne peut pas être vide");
        browser.open(base(bordeaux) + "/informations/accessibilite");
        assertThat(browser.find(By.tagName("body")).getText()).contains("Bordeaux s’engage à rendre ses services");
    }

    @Test
    void aDesignerStartsAProcedureFromATemplatePublishesItAndThePortalListsIt() {
        SignInPage.open(browser, base(rennes)).signIn(TestTenants.agentOf(rennes), TestTenants.PASSWORD);
        browser.open(base(rennes) + "/agents/demarches");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Démarches en ligne");
        browser.find(By.xpath("//vaadin-button[contains(., 'Créer depuis un modèle')]")).click();
        var use = browser.find(By.xpath(
                "//vaadin-button[@aria-label='Utiliser ce modèle : Réservation d’une salle municipale']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", use);
        use.click();
        browser.waitForVaadin();
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();
        browser.find(By.xpath("//vaadin-button[@aria-label='Publier : Réservation d’une salle municipale']")).click();
        browser.waitUntil(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("En ligne (version 1)"));
        browser.screenshot("backoffice-procedures");

        browser.open(base(rennes) + "/");
        assertThat(browser.find(By.id("catalogue-resultats")).getText()).contains("Réservation d’une salle municipale");
        browser.open(base(bordeaux) + "/");
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Réservation d’une salle municipale");
    }

    @Test
    void aDesignerAdaptsAPublishedProcedureAndTheNewVersionGoesOnlineOnlyWhenComplete() {
        tenants.publishProcedure(bordeaux, new ProcedureDescription("Inscription au périscolaire",
                "Inscrivez votre enfant à l’accueil du matin et du soir.", Category.ENFANCE_ECOLE, null, null, 7,
                null), new PrivacyNotice("Gérer les inscriptions.", LegalBasis.PUBLIC_TASK,
                "Un an après la fin de l’année scolaire.", "Service enfance."), TestTenants.SIMPLE_FORM);
        SignInPage.open(browser, base(bordeaux)).signIn(TestTenants.agentOf(bordeaux), TestTenants.PASSWORD);
        browser.open(base(bordeaux) + "/agents/demarches");
        browser.find(By.xpath("//a[@aria-label='Adapter : Inscription au périscolaire']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/agents/demarches/"));
        browser.waitForVaadin();
        String editPage = browser.driver().getCurrentUrl();

        retype(field("vaadin-text-field", "Titre de la démarche"), "Inscription à l’accueil périscolaire");
        retype(field("vaadin-text-field", "Durée de conservation"), "");
        browser.find(By.xpath("//vaadin-button[normalize-space()='Publier']")).click();
        browser.waitForVaadin();
        assertThat(browser.find(By.cssSelector(".form-errors")).getText())
                .contains("Mention d’information : indiquez la durée de conservation des données.");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();
        browser.open(base(bordeaux) + "/");
        assertThat(browser.find(By.id("catalogue-resultats")).getText()).contains("Inscription au périscolaire");

        browser.open(editPage);
        browser.waitUntil(d -> pageText().contains("Version 2 en préparation"));
        retype(field("vaadin-text-field", "Durée de conservation"), "Un an après la fin de l’année scolaire.");
        browser.find(By.xpath("//vaadin-button[normalize-space()='Publier']")).click();
        browser.waitForVaadin();
        browser.screenshot("backoffice-procedure-edit");
        assertThat(pageText()).contains("Version 2 en ligne");

        browser.open(base(bordeaux) + "/");
        assertThat(browser.find(By.id("catalogue-resultats")).getText()).contains("Inscription à l’accueil périscolaire")
                .doesNotContain("Inscription au périscolaire");
    }

    /** All the text of the page, scrolled out of view or not. */
    private String pageText() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.body.textContent;"));
    }

    private org.openqa.selenium.WebElement field(String tag, String label) {
        return AdminUi.input(browser, tag, label);
    }

    private static void retype(org.openqa.selenium.WebElement input, String text) {
        AdminUi.retype(input, text);
    }

    private String base(Tenant tenant) {
        return "http://" + tenant.defaultHost() + ":" + port;
    }
}
