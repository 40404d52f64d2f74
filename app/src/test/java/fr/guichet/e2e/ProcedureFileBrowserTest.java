package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.tenancy.Tenant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A designer moves a procedure from one commune to another as a file; broken files are refused in French. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureFileBrowserTest {

    private static final String TITLE = "Permis de végétaliser";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @TempDir
    Path files;

    private Tenant marseille;
    private Tenant lyon;
    private Browser browser;

    @BeforeAll
    void twoCommunesOneWithAPublishedProcedure() throws Exception {
        marseille = tenants.commune("13055", "marseille", null, "#0b5d5e", "#5b3a00");
        lyon = tenants.commune("69123", "lyon", null, "#8a1c1c", "#3d2a63");
        tenants.publishProcedure(marseille, new ProcedureDescription(TITLE,
                "Fleurissez un pied d’arbre ou un bout de trottoir devant chez vous.", Category.VOIRIE_PROPRETE,
                "Les habitants et les commerçants", null, 30, "Service des espaces verts"),
                new PrivacyNotice("Instruire votre demande de permis.", LegalBasis.PUBLIC_TASK,
                        "Trois ans après la fin du permis.", "Service des espaces verts."), TestTenants.SIMPLE_FORM);
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
    void aDesignerExportsAProcedureFromOneCommuneAndImportsItIntoAnotherAsADraft() throws Exception {
        SignInPage.open(browser, base(marseille)).signIn(TestTenants.agentOf(marseille), TestTenants.PASSWORD);
        WebElement export = ProceduresPage.open(browser, base(marseille)).exportLink(TITLE);
        assertThat(export.getDomAttribute("download")).as("the browser saves the file").isNotNull();
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        URI href = URI.create(export.getDomProperty("href"));
        String path = href.getRawPath() + (href.getRawQuery() == null ? "" : "?" + href.getRawQuery());

        RawHttp.Response download = RawHttp.get(port, host(marseille), path, "JSESSIONID=" + session.getValue());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers()).contains("Content-Disposition: attachment; "
                + "filename=\"permis-de-vegetaliser.demarche.json\"").contains("application/json");
        assertThat(download.body()).contains("\"templateVersion\" : 1", "\"key\" : \"permis-de-vegetaliser\"",
                "\"title\" : \"" + TITLE + "\"", "\"formatVersion\" : 1");
        assertThat(RawHttp.get(port, host(marseille), path).body()).as("not without the designer's session")
                .doesNotContain("templateVersion");
        Path file = Files.writeString(files.resolve("permis-de-vegetaliser.demarche.json"), download.body());

        SignInPage.open(browser, base(lyon)).signIn(TestTenants.agentOf(lyon), TestTenants.PASSWORD);
        ProceduresPage lyonProcedures = ProceduresPage.open(browser, base(lyon));
        assertThat(lyonProcedures.procedures()).doesNotContain(TITLE);
        lyonProcedures.openImport();
        assertThat(AdminUi.deepText(browser)).contains("Choisir un fichier").doesNotContain("Upload File");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();

        lyonProcedures.acceptedUpload(file, TITLE);

        assertThat(lyonProcedures.procedures()).contains(TITLE).contains("Brouillon");
        assertThat(AdminUi.deepText(browser)).contains("« " + TITLE + " » est importée en brouillon");
        browser.screenshot("backoffice-procedure-imported");
        browser.open(base(lyon) + "/");
        assertThat(browser.find(By.id("catalogue-resultats")).getText()).as("a draft is not online")
                .doesNotContain(TITLE);
        browser.open(base(marseille) + "/");
        assertThat(browser.find(By.id("catalogue-resultats")).getText()).contains(TITLE);
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemInFrenchAndWhereItIsInTheFile() throws Exception {
        Path broken = Files.writeString(files.resolve("cassé.demarche.json"), """
                {
                  "templateVersion": 1,
                  "key": "marche-de-noel",
                  "description": {"title": "Marché de Noël", "summary": "Réservez un chalet.", "category": "FETES"},
                  "privacy": {"finalite": "Attribuer les chalets."},
                  "form": {"formatVersion": 1, "pages": [{"key": "p", "title": "Vous", "sections": [{"key": "s",
                    "title": "Vous", "fields": [{"key": "nom", "type": "texte", "label": "Nom"}]}]}]}
                }
                """);
        Path latin1 = Files.write(files.resolve("latin1.json"),
                "{\"key\": \"café\"}".getBytes(StandardCharsets.ISO_8859_1));
        SignInPage.open(browser, base(lyon)).signIn(TestTenants.agentOf(lyon), TestTenants.PASSWORD);
        ProceduresPage procedures = ProceduresPage.open(browser, base(lyon)).openImport();

        String problems = procedures.refusedUpload(broken);

        assertThat(problems).contains("Le fichier « cassé.demarche.json » est refusé ; corrigez ces points :",
                "description.category : « FETES » n’est pas une catégorie connue (ETAT_CIVIL,",
                "privacy.finalite : propriété inconnue",
                "form.pages[0].sections[0].fields[0].type : type de champ inconnu « texte »");
        browser.screenshot("backoffice-procedure-import-refused");
        assertThat(browser.seriousAccessibilityViolations()).as(Browser.describe(browser.seriousAccessibilityViolations()))
                .isEmpty();

        assertThat(procedures.refusedUpload(latin1)).contains("Le fichier « latin1.json » est refusé",
                "(document) : le fichier n’est pas encodé en UTF-8 (caractère illisible ligne 1, colonne 13)");
        AdminUi.button(browser, "Annuler").click();
        browser.waitForVaadin();
        assertThat(procedures.procedures()).doesNotContain("Marché de Noël");
    }

    private String host(Tenant tenant) {
        return tenant.defaultHost() + ":" + port;
    }

    private String base(Tenant tenant) {
        return "http://" + host(tenant);
    }
}
