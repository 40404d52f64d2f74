package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.tenancy.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's catalog of published procedures: categories, keywords, a page per procedure. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBrowserTest {

    private static final String FORM = TestTenants.SIMPLE_FORM;
    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire votre demande.",
            LegalBasis.PUBLIC_TASK, "Deux ans après la clôture de la demande.", "Services de la mairie.");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    private Tenant gap;
    private Browser browser;

    @BeforeAll
    void aCommuneWithTwoPublishedProcedures() throws Exception {
        gap = tenants.commune("05061", "gap", null, "#1f4e8c", "#2f5d3a");
        tenants.publishProcedure(gap, new ProcedureDescription("Demande d’acte de naissance",
                "Recevez une copie intégrale ou un extrait d’acte de naissance.", Category.ETAT_CIVIL,
                "Toute personne née à Gap", "Pièce d’identité", 10, "Service de l’état civil"), PRIVACY, FORM);
        tenants.publishProcedure(gap, new ProcedureDescription("Réservation d’une salle municipale",
                "Réservez une salle pour une réunion ou une fête.", Category.VIE_PRATIQUE, null, null, 15,
                "Service de la vie associative"), PRIVACY, FORM);
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theCatalogListsPublishedProceduresAndFiltersThemByCategoryAndKeyword() {
        browser.open(base() + "/");
        assertThat(results()).contains("2 démarches").contains("Demande d’acte de naissance")
                .contains("Réservation d’une salle municipale");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.find(By.linkText("État civil")).click();
        browser.waitUntil(d -> !results().contains("Réservation"));
        assertThat(results()).contains("Une démarche").contains("Demande d’acte de naissance");

        browser.find(By.linkText("Élections")).click();
        browser.waitUntil(d -> results().contains("Aucune démarche ne correspond"));

        browser.find(By.linkText("Toutes les démarches")).click();
        browser.waitUntil(d -> results().contains("2 démarches"));
        var keywords = browser.find(By.cssSelector("vaadin-text-field input"));
        keywords.sendKeys("reservation SALLE", Keys.TAB);
        browser.waitUntil(d -> results().contains("Une démarche"));
        assertThat(results()).contains("Réservation d’une salle municipale").doesNotContain("naissance");
        // Through the index, with the French analysis: plurals and accents, the documents to prepare too.
        keywords.sendKeys(Keys.chord(Keys.CONTROL, "a"), "actes naissances piece identite", Keys.TAB);
        browser.waitUntil(d -> results().contains("Demande d’acte de naissance"));
        assertThat(results()).contains("Une démarche").doesNotContain("Réservation");
        keywords.sendKeys(Keys.chord(Keys.CONTROL, "a"), "fetes", Keys.TAB);
        browser.waitUntil(d -> results().contains("Réservation d’une salle municipale"));
        assertThat(results()).contains("Une démarche").doesNotContain("naissance");
        browser.screenshot("portal-catalog-gap");
    }

    @Test
    void eachProcedureHasAPageSayingWhatToPrepareHowLongItTakesAndWhoHandlesIt() {
        browser.open(base() + "/");
        browser.find(By.linkText("Demande d’acte de naissance")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/demarches/"));
        browser.waitForVaadin();
        String page = browser.find(By.cssSelector(".procedure-page")).getText();
        assertThat(page).contains("Pièces à préparer").contains("Pièce d’identité").contains("10 jours")
                .contains("Service de l’état civil").contains("Vos données personnelles")
                .contains("Deux ans après la clôture de la demande.");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();
        browser.screenshot("portal-procedure-gap");

        browser.open(base() + "/demarches/n-existe-pas");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    }

    private String results() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const r = document.getElementById('catalogue-resultats'); return r ? r.innerText : '';"));
    }

    private String base() {
        return "http://" + gap.defaultHost() + ":" + port;
    }
}
