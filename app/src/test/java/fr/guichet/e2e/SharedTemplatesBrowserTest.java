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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An EPCI shares one of its procedures with its member communes from tenant-admin; a member's designer starts a
 * procedure from it in the back office, and is later offered the template's new version, which it applies as a
 * draft. Real EPCI: CC de Belle Ile en Mer and its members Le Palais and Sauzon; axe-core on every page visited.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedTemplatesBrowserTest {

    private static final String EPCI_ADMIN = "admin@belle-ile.test";
    private static final String EPCI_GROUP = "Modèles de votre intercommunalité : CC de Belle Ile en Mer";
    private static final String TITLE = "Demande de composteur";
    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire les demandes de composteurs.",
            LegalBasis.PUBLIC_TASK, "Deux ans après la remise du composteur.", "Service des déchets.");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    private Tenant belleIle;
    private Tenant lePalais;
    private Tenant sauzon;
    private UUID composteur;
    private Browser browser;

    @BeforeAll
    void anEpciWithTwoMembersAndAProcedureOnline() throws Exception {
        belleIle = tenants.epci("245600465", "belle-ile-en-mer");
        lePalais = tenants.commune("56152", "le-palais", belleIle.id(), "#1f4e8c", "#2f5d3a");
        sauzon = tenants.commune("56241", "sauzon", belleIle.id(), "#8a1c1c", "#3d2a63");
        tenants.operator(EPCI_ADMIN, belleIle.id());
        composteur = tenants.publishProcedure(belleIle, description(TITLE), PRIVACY, TestTenants.SIMPLE_FORM);
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
    void anEpciSharesAProcedureAMemberStartsFromItThenIsOfferedTheNextVersionAndAppliesIt() {
        SignInPage.open(browser, admin()).signIn(EPCI_ADMIN, TestTenants.PASSWORD);
        TenantDetailPage epci = TenantDetailPage.open(browser, admin(), belleIle);
        assertThat(epci.publishableProcedures()).containsExactly(
                TITLE + " – en ligne (version 1), pas encore proposée aux communes.");
        assertThat(epci.sharedTemplates()).isEmpty();
        assertAccessible("EPCI detail with its procedures online");

        epci.shareWithMembers("Proposer aux communes membres", TITLE);

        assertThat(epci.waitForSharedTemplates("version 1")).singleElement().asString()
                .startsWith(TITLE + " – version 1 du modèle, publiée le ")
                .endsWith(" par " + EPCI_ADMIN);
        assertThat(epci.publishableProcedures()).containsExactly(
                TITLE + " – en ligne (version 1), proposée aux communes (version 1 du modèle).");
        browser.screenshot("admin-epci-shared-templates");
        assertAccessible("EPCI detail after sharing");

        SignInPage.open(browser, base(lePalais)).signIn(TestTenants.agentOf(lePalais), TestTenants.PASSWORD);
        ProceduresPage procedures = ProceduresPage.open(browser, base(lePalais)).openTemplates();
        assertThat(procedures.templateGroups()).containsExactly(EPCI_GROUP, "Modèles de la plateforme Guichet");
        assertThat(procedures.templatesIn(EPCI_GROUP)).containsExactly(TITLE);
        browser.screenshot("backoffice-templates-epci");
        assertAccessible("template dialog with the EPCI's group");

        procedures.useTemplate(EPCI_GROUP, TITLE);

        assertThat(procedures.waitForGrid(TITLE)).contains("Brouillon");
        procedures.publish(TITLE);
        assertThat(procedures.offeredUpdates()).isEmpty();
        assertAccessible("procedures after starting from the EPCI's template");

        tenants.republishProcedure(belleIle, composteur, description("Demande de composteur individuel"), PRIVACY,
                TestTenants.SIMPLE_FORM);
        TenantDetailPage again = TenantDetailPage.open(browser, admin(), belleIle)
                .shareWithMembers("Publier une nouvelle version du modèle", "Demande de composteur individuel");
        assertThat(again.waitForSharedTemplates("version 2")).singleElement().asString()
                .startsWith("Demande de composteur individuel – version 2 du modèle");

        procedures = ProceduresPage.open(browser, base(lePalais));
        assertThat(procedures.offeredUpdates()).containsExactly(
                "« " + TITLE + " » – Nouvelle version du modèle disponible (version 2)");
        assertThat(procedures.waitForGrid(TITLE)).as("nothing is applied for the commune")
                .contains("En ligne (version 1)");
        browser.screenshot("backoffice-template-update-offered");
        assertAccessible("procedures with a template version offered");

        procedures.applyTemplateVersion(TITLE);

        assertThat(procedures.waitForGrid("Demande de composteur individuel"))
                .contains("En ligne (version 1) – une nouvelle version attend d'être publiée");
        assertThat(procedures.offeredUpdates()).isEmpty();
        browser.screenshot("backoffice-template-update-applied");
    }

    @Test
    void theOtherMemberSeesItsEpcisGroupAndACommuneOutsideTheEpciOnlyThePlatformsTemplates() throws Exception {
        Tenant quiberon = tenants.commune("56186", "quiberon", null, "#1f4e8c", "#2f5d3a");
        SignInPage.open(browser, base(sauzon)).signIn(TestTenants.agentOf(sauzon), TestTenants.PASSWORD);
        assertThat(ProceduresPage.open(browser, base(sauzon)).openTemplates().templateGroups())
                .containsExactly(EPCI_GROUP, "Modèles de la plateforme Guichet");
        assertAccessible("template dialog of another member");

        SignInPage.open(browser, base(quiberon)).signIn(TestTenants.agentOf(quiberon), TestTenants.PASSWORD);
        assertThat(ProceduresPage.open(browser, base(quiberon)).openTemplates().templateGroups())
                .containsExactly("Modèles de la plateforme Guichet");
    }

    private void assertAccessible(String where) {
        var violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as("axe-core on %s:%s", where, Browser.describe(violations)).isEmpty();
    }

    private static ProcedureDescription description(String title) {
        return new ProcedureDescription(title, "Recevez un composteur pour vos déchets de cuisine et de jardin.",
                Category.VOIRIE_PROPRETE, null, null, 30, "Service des déchets");
    }

    private String admin() {
        return "http://admin.localhost:" + port;
    }

    private String base(Tenant tenant) {
        return "http://" + tenant.defaultHost() + ":" + port;
    }
}
