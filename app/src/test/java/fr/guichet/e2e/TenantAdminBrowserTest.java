package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tenant-admin on the operator host, in a real browser: adding a commune, an EPCI administrator's narrower view,
 * branding checks, suspension, refused input, realm separation, and axe-core on every page visited.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantAdminBrowserTest {

    private static final String OPERATOR = "operatrice@admin-browser.test";
    private static final String EPCI_ADMIN = "epci@admin-browser.test";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    TenantDirectory directory;
    @TempDir
    Path files;

    private Browser browser;
    private Tenant cahors;
    private Tenant aurillac;
    private Tenant mende;
    private Tenant douarnenez;

    @BeforeAll
    void provisionCommunesAndSignInAnOperator() throws Exception {
        cahors = tenants.commune("46042", "cahors", null, "#1f4e8c", "#2f5d3a");
        aurillac = tenants.commune("15014", "aurillac", null, "#1f4e8c", "#2f5d3a");
        mende = tenants.commune("48095", "mende", null, "#8a1c1c", "#3d2a63");
        douarnenez = tenants.epci("242900645", "douarnenez-communaute");
        tenants.commune("29090", "kerlaz", douarnenez.id(), "#1f4e8c", "#2f5d3a");
        tenants.operator(OPERATOR, null);
        tenants.operator(EPCI_ADMIN, douarnenez.id());
        browser = new Browser();
        signIn(browser, OPERATOR);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anOperatorSignsInAddsACommuneAndItsNewPortalAnswersAtOnce() {
        try (Browser own = new Browser()) {
            own.open(portal("perigueux"));
            assertThat(own.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");

            TenantsPage list = signIn(own, OPERATOR);
            assertThat(list.listedNames()).isNotEmpty();
            own.screenshot("admin-tenants");
            assertThat(list.search("Douarnenez").waitForExactly(List.of("CC Douarnenez Communauté")))
                    .containsExactly("CC Douarnenez Communauté");
            assertThat(list.search("46042").waitForExactly(List.of("Cahors"))).containsExactly("Cahors");

            AddCommunePage add = list.addCommune().choose("Périgueux", "Périgueux (24)");
            assertThat(add.chosenCommune()).isEqualTo("Périgueux (24) – INSEE 24322");
            assertThat(add.slug()).isEqualTo("perigueux");
            assertThat(add.slugHelp()).contains("perigueux.localhost");
            add.provision();
            own.screenshot("admin-add-done");
            assertThat(add.problems()).isEmpty();
            assertThat(add.stepsDone()).containsExactly("Collectivité enregistrée", "Espace de données créé",
                    "Structure des données installée", "Portail en ligne");
            assertThat(add.outcome()).contains("Périgueux est raccordée : son portail est en ligne.");
            assertThat(add.portalLinkHref()).isEqualTo(portal("perigueux").replaceAll("/$", ""));

            PortalPage newPortal = PortalPage.open(own, portal("perigueux"));
            assertThat(newPortal.communeName()).isEqualTo("Périgueux");
            own.screenshot("admin-new-portal");
        }
    }

    @Test
    void anEpciAdministratorSeesOnlyItsEpciAndMemberCommunesAndMayAddOnlyAMember() {
        try (Browser own = new Browser()) {
            TenantsPage list = signIn(own, EPCI_ADMIN);
            assertThat(list.waitForNames(List.of("CC Douarnenez Communauté", "Kerlaz")))
                    .containsExactlyInAnyOrder("CC Douarnenez Communauté", "Kerlaz");
            own.screenshot("admin-epci-tenants");

            AddCommunePage add = list.addCommune();
            assertThat(add.offeredCommunes("")).extracting(label -> label.substring(0, label.indexOf(" (")))
                    .containsExactlyInAnyOrder("Douarnenez", "Le Juch", "Kerlaz", "Pouldergat", "Poullan-sur-Mer");
            own.screenshot("admin-epci-add");
            assertThat(add.offeredCommunes("Pou")).hasSize(2).allMatch(label -> label.startsWith("Pou"));
            assertThat(add.offeredCommunes("Mende")).isEmpty();
            assertThat(add.offeredCommunes("Cahors")).isEmpty();

            add.choose("Juch", "Le Juch (29)").provision();
            assertThat(add.problems()).isEmpty();
            assertThat(add.outcome()).contains("Le Juch est raccordée");
            assertThat(PortalPage.open(own, portal(add.slug())).communeName()).isEqualTo("Le Juch");

            own.open(admin() + "/collectivites/" + mende.id());
            assertThat(own.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        }
    }

    @Test
    void aPrimaryColourWithPoorContrastIsRefusedWithItsRatioAndAGoodOneReachesThePortal() {
        TenantDetailPage detail = TenantDetailPage.open(browser, admin(), cahors);
        detail.enterPrimaryColour("#7fb3ff").saveBranding();
        detail.waitForBrandingProblems();
        detail.revealBranding();
        browser.screenshot("admin-branding-refused");
        assertThat(detail.brandingProblems()).contains("La couleur principale #7fb3ff n'offre qu'un contraste de 2,1:1")
                .contains("il faut au moins 4,5:1");
        assertThat(PortalPage.open(browser, portal("cahors")).headerBackground())
                .isIn("rgb(31, 78, 140)", "rgba(31, 78, 140, 1)");

        TenantDetailPage again = TenantDetailPage.open(browser, admin(), cahors);
        assertThat(again.primaryColour()).isEqualTo("#1f4e8c");
        again.enterPrimaryColour("#6a1b9a").saveBranding();
        assertThat(again.notification()).contains("Apparence enregistrée");
        assertThat(again.brandingProblems()).isEmpty();
        PortalPage portal = PortalPage.open(browser, portal("cahors"));
        assertThat(portal.headerBackground()).isIn("rgb(106, 27, 154)", "rgba(106, 27, 154, 1)");
        browser.screenshot("admin-branding-portal");
    }

    @Test
    void anSvgLogoWithAScriptIsRefusedInFrenchAndAPngLogoAppearsInThePortalHeader() throws Exception {
        TenantDetailPage detail = TenantDetailPage.open(browser, admin(), mende);
        assertThat(detail.uploadText()).contains("Choisir un fichier").doesNotContain("Upload").doesNotContain("Drop");
        detail.uploadLogo(LogoFiles.svgWithScript(files)).revealBranding();
        browser.screenshot("admin-logo-refused");
        assertThat(detail.brandingProblems()).contains("Le logo SVG contient un script");
        assertThat(RawHttp.get(port, "mende.localhost:" + port, "/theme/logo").status()).isEqualTo(404);

        detail.uploadLogo(LogoFiles.smallPng(files)).revealBranding();
        browser.screenshot("admin-logo-accepted");
        assertThat(detail.brandingProblems()).isEmpty();
        assertThat(detail.logoState()).startsWith("Logo enregistré");
        PortalPage.open(browser, portal("mende"));
        assertThat(browser.find(By.cssSelector(".portal-header img")).getDomAttribute("alt")).isEqualTo("Logo de Mende");
        assertThat(RawHttp.get(port, "mende.localhost:" + port, "/theme/logo").status()).isEqualTo(200);
        browser.screenshot("admin-logo-portal");
    }

    @Test
    void suspendingACommuneShowsItsMessageOnAFrench503PageAndResumingBringsThePortalBack() throws Exception {
        String message = "Les démarches en ligne reprendront lundi à 8 h.";
        TenantDetailPage detail = TenantDetailPage.open(browser, admin(), aurillac).suspend(message);
        assertThat(detail.summary()).contains("Suspendue – " + message);

        browser.open(portal("aurillac"));
        String page = browser.find(By.tagName("body")).getText();
        assertThat(page).contains("Les services en ligne de Aurillac sont momentanément suspendus.").contains(message);
        assertThat(RawHttp.get(port, "aurillac.localhost:" + port, "/").status()).isEqualTo(503);
        browser.screenshot("admin-suspended-portal");

        TenantDetailPage.open(browser, admin(), aurillac).resume();
        assertThat(PortalPage.open(browser, portal("aurillac")).communeName()).isEqualTo("Aurillac");
    }

    @Test
    void anArchivedCommunesPortalAnswersNotFound() throws Exception {
        Tenant tulle = tenants.commune("19272", "tulle", null, "#1f4e8c", "#2f5d3a");
        assertThat(PortalPage.open(browser, portal("tulle")).communeName()).isEqualTo("Tulle");

        TenantDetailPage.open(browser, admin(), tulle).archive();

        RawHttp.Response closed = RawHttp.get(port, "tulle.localhost:" + port, "/");
        assertThat(closed.status()).isEqualTo(404);
        assertThat(closed.body()).contains("Page introuvable").doesNotContain("Tulle");
    }

    @Test
    void aReservedOrAlreadyUsedAddressIsRefusedInFrenchAndNothingIsProvisioned() throws Exception {
        AddCommunePage add = AddCommunePage.open(browser, admin()).choose("Foix", "Foix (09)");
        assertThat(add.slug()).isEqualTo("foix");
        add.changeSlug("admin").provision();
        assertThat(add.problems()).contains("L'identifiant « admin » est réservé. Choisissez-en un autre.");
        assertThat(add.outcome()).isEmpty();
        browser.screenshot("admin-add-reserved");

        add.changeSlug("cahors").provision();
        assertThat(add.problems()).contains("L'identifiant « cahors » est déjà utilisé par Cahors.");
        assertThat(add.outcome()).isEmpty();
        assertThat(add.stepsDone()).isEmpty();

        assertThat(OperatorScopes.callAsPlatform(() -> directory.findByOfficialCode(TenantKind.COMMUNE, "09122")))
                .isEmpty();
        assertThat(directory.findBySlug("admin")).isEmpty();
        assertThat(directory.findBySlug("foix")).isEmpty();
    }

    @Test
    void aCommunesAgentCannotSignInOnTheOperatorHost() {
        try (Browser own = new Browser()) {
            SignInPage.open(own, admin()).signIn(TestTenants.agentOf(cahors), TestTenants.PASSWORD);
            assertThat(AdminUi.signInRefusal(own)).contains("Identifiants incorrects");
            own.open(admin() + "/");
            assertThat(own.driver().getCurrentUrl()).endsWith("/connexion");
        }
    }

    @Test
    void anOperatorsSessionDoesNotOpenTenantAdminOnACommunesHost() {
        TenantsPage.open(browser, admin());
        PortalPage portal = PortalPage.open(browser, portal("cahors"));
        assertThat(portal.pageText()).doesNotContain("Administration Guichet").doesNotContain("Collectivités");
        assertThat(browser.findAll(By.tagName("vaadin-app-layout"))).isEmpty();
        browser.open(portal("cahors") + "collectivites/" + cahors.id());
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    }

    @Test
    void everyTenantAdminPageVisitedHasNoSeriousOrCriticalAccessibilityViolation() {
        try (Browser own = new Browser()) {
            SignInPage signIn = SignInPage.open(own, admin());
            assertAccessible(own, "sign-in");
            own.screenshot("admin-signin");
            signIn.signIn("personne@admin-browser.test", "mauvais-mot-de-passe");
            AdminUi.signInRefusal(own);
            assertAccessible(own, "sign-in refused");
        }
        TenantsPage list = TenantsPage.open(browser, admin());
        list.listedNames();
        assertAccessible(browser, "tenants list");
        list.search("Cahors").waitForExactly(List.of("Cahors"));
        list.openDetail("Cahors");
        assertAccessible(browser, "tenant detail");
        AddCommunePage add = AddCommunePage.open(browser, admin());
        assertAccessible(browser, "add a commune");
        add.choose("Foix", "Foix (09)").changeSlug("admin").provision();
        assertAccessible(browser, "add a commune, refused");
        TenantDetailPage detail = TenantDetailPage.open(browser, admin(), cahors);
        detail.enterPrimaryColour("#7fb3ff").saveBranding();
        detail.waitForBrandingProblems();
        assertAccessible(browser, "tenant detail, branding refused");
    }

    private TenantsPage signIn(Browser browser, String email) {
        SignInPage.open(browser, admin()).signIn(email, TestTenants.PASSWORD);
        return TenantsPage.current(browser);
    }

    private static void assertAccessible(Browser browser, String where) {
        var violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as("axe-core on %s:%s", where, Browser.describe(violations)).isEmpty();
    }

    private String admin() {
        return "http://admin.localhost:" + port;
    }

    private String portal(String slug) {
        return "http://" + slug + ".localhost:" + port + "/";
    }
}
