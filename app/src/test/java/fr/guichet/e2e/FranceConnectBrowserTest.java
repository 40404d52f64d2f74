package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.app.FranceConnectSimulator;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.PrefillSource;
import fr.guichet.forms.Section;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.OutboxCitizenMail;
import fr.guichet.identity.SignUp;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * A citizen signs in with FranceConnect in real Chromium against the simulator, started by this test in its own JVM
 * on 127.0.0.1: the button on the sign-in page, the simulator's identity picker, a new account whose identity is
 * certified (read-only in the profile and in a prefilled form), the logout through FranceConnect's
 * {@code session/end}; a confirmed password account is linked only after its password; each commune uses its own
 * registration. axe-core finds no serious violation on any page visited, the simulator's included.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FranceConnectBrowserTest {

    private static final String SLUG = "demande-de-carte-de-stationnement";
    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demandeur", "Vous",
            Section.of("identite", "Votre identité",
                    Field.of("prenom", FieldType.SHORT_TEXT, "Prénom").asRequired()
                            .prefilledFrom(PrefillSource.FIRST_NAME),
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired().prefilledFrom(PrefillSource.LAST_NAME),
                    Field.of("naissance", FieldType.DATE, "Date de naissance").asRequired()
                            .withHelp("Exemple : 14/07/1990").prefilledFrom(PrefillSource.BIRTH_DATE),
                    Field.of("lieu", FieldType.SHORT_TEXT, "Lieu de naissance").prefilledFrom(PrefillSource.BIRTH_PLACE),
                    Field.of("courriel", FieldType.EMAIL, "Adresse électronique")
                            .withHelp("Exemple : nom@domaine.fr").prefilledFrom(PrefillSource.EMAIL)))));

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    OutboxCitizenMail mail;
    @Autowired
    ClientRegistrationRepository registrations;

    private FranceConnectSimulator simulator;
    private Tenant lille;
    private Tenant amiens;
    private Tenant dijon;
    private Browser browser;
    private CitizenPortalPage portal;

    @BeforeAll
    void communesRegisteredWithTheSimulator() throws Exception {
        lille = tenants.commune("59350", "lille", null, "#1f4e8c", "#2f5d3a");
        amiens = tenants.commune("80021", "amiens", null, "#1f4e8c", "#2f5d3a");
        dijon = tenants.commune("21231", "dijon", null, "#1f4e8c", "#2f5d3a");
        simulator = FranceConnectSimulator.start(Path.of("../franceconnect-simulator"), freePort(),
                List.of(client(lille), client(amiens)), Duration.ofMinutes(2));
        tenants.franceConnect(lille, "client-lille", "secret-de-lille-2026", simulator.issuer());
        tenants.franceConnect(amiens, "client-amiens", "secret-d-amiens-2026", simulator.issuer());
        tenants.publishProcedure(lille, new ProcedureDescription("Demande de carte de stationnement",
                "Demandez une carte de stationnement résidentiel.", Category.VIE_PRATIQUE, "Résidents",
                "Justificatif de domicile", 10, "Service du stationnement"),
                new PrivacyNotice("Délivrer les cartes de stationnement.", LegalBasis.PUBLIC_TASK, "Deux ans.",
                        "Service du stationnement."), FORM);
    }

    @AfterAll
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @BeforeEach
    void freshBrowser() {
        browser = new Browser();
        portal = new CitizenPortalPage(browser, base(lille));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCitizenSignsInWithFranceConnectFindsACertifiedProfileAPrefilledFormAndSignsOutThroughIt() {
        portal.open("/mon-compte/connexion");
        assertThat(portal.text("#franceconnect")).contains("S’identifier avec").contains("FranceConnect");
        assertThat(portal.attribute(".franceconnect-group p a", "href")).isEqualTo("https://franceconnect.gouv.fr/");
        assertThat(portal.text(".franceconnect-group p a")).isEqualTo("Qu’est-ce que FranceConnect ?");
        portal.assertAccessible();
        browser.screenshot("franceconnect-1-button");

        pickIdentity("pierre");
        browser.waitUntil(d -> d.getCurrentUrl().equals(base(lille) + "/mon-compte"));
        assertThat(portal.heading()).isEqualTo("Mon profil");
        assertThat(portal.text("main")).contains("Vous êtes connecté avec FranceConnect");
        assertThat(portal.value("profil-first-name")).isEqualTo("Pierre");
        assertThat(portal.value("profil-last-name")).isEqualTo("DUPONT");
        assertThat(portal.value("profil-birth-name")).isEqualTo("MERCIER");
        assertThat(portal.value("profil-birth-place")).isEqualTo("Annecy");
        assertThat(portal.isReadOnly("profil-first-name")).isTrue();
        assertThat(portal.isReadOnly("profil-birth-date")).isTrue();
        assertThat(portal.isReadOnly("profil-phone")).isFalse();
        portal.assertAccessible();
        browser.screenshot("franceconnect-2-certified-profile");
        assertThat(jdbc.sql("SELECT count(*) FROM " + lille.schema() + ".citizens WHERE email = "
                + "'pierre.mercier@exemple.fr' AND identity_source = 'FRANCECONNECT' AND franceconnect_sub IS NOT NULL")
                .query(Integer.class).single()).isEqualTo(1);

        portal.open("/demarches/" + SLUG + "/formulaire");
        portal.waitForText(".prefill-notice", "préremplies depuis votre profil");
        assertThat(portal.value("champ-prenom")).isEqualTo("Pierre");
        assertThat(portal.value("champ-nom")).isEqualTo("DUPONT");
        assertThat(portal.value("champ-naissance")).isEqualTo("1969-03-17");
        assertThat(portal.value("champ-lieu")).isEqualTo("Annecy");
        assertThat(portal.value("champ-courriel")).isEqualTo("pierre.mercier@exemple.fr");
        assertThat(portal.isReadOnly("champ-prenom")).isTrue();
        assertThat(portal.isReadOnly("champ-courriel")).isFalse();
        portal.assertAccessible();
        browser.screenshot("franceconnect-3-prefilled-form");

        // Signing out goes through FranceConnect's session/end and back to the portal with the state
        browser.find(By.cssSelector(".portal-signout")).click();
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base(lille) + "/?state="));
        browser.waitUntil(d -> portal.text(".portal-account").equals("Se connecter"));

        // The FranceConnect session ended too: the simulator asks for an identity again; same account as before
        portal.open("/mon-compte/connexion");
        pickIdentity("pierre");
        browser.waitUntil(d -> d.getCurrentUrl().equals(base(lille) + "/mon-compte"));
        assertThat(jdbc.sql("SELECT count(*) FROM " + lille.schema() + ".citizens WHERE email = "
                + "'pierre.mercier@exemple.fr'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aConfirmedPasswordAccountOfTheSameAddressIsLinkedOnlyAfterItsPassword() {
        String email = "angela.dubois@exemple.fr";
        String password = "Place du Theatre, 59000 Lille";
        TenantContext.runAs(lille.asCurrent(), () -> accounts.signUp(new SignUp(email, password, password, true),
                base(lille) + "/"));
        String link = mail.sentTo(email).getLast().link();
        TenantContext.runAs(lille.asCurrent(), () -> accounts.confirm(link.substring(link.lastIndexOf('/') + 1)));

        portal.open("/mon-compte/connexion");
        pickIdentity("angela");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/mon-compte/connexion?lier-franceconnect"));
        portal.waitForText("[role=status]", "connectez-vous une fois avec le mot de passe de ce compte");
        assertThat(jdbc.sql("SELECT identity_source FROM " + lille.schema() + ".citizens WHERE email = ?")
                .param(email).query(String.class).single()).as("nothing merged yet").isEqualTo("PASSWORD");
        portal.assertAccessible();
        browser.screenshot("franceconnect-4-link");

        portal.type("connexion-email", email);
        portal.type("connexion-mot-de-passe", password);
        browser.find(By.cssSelector("button.account-submit")).click();
        try {
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/mon-compte?franceconnect-lie"));
        } catch (RuntimeException e) {
            browser.screenshot("franceconnect-4b-link-failed");
            throw new AssertionError("Now at " + browser.driver().getCurrentUrl() + ": " + portal.text("body"), e);
        }
        portal.waitForText("[role=status]", "Votre compte est maintenant relié à FranceConnect");
        assertThat(portal.value("profil-first-name")).isEqualTo("Angela Claire Louise");
        assertThat(portal.isReadOnly("profil-first-name")).isTrue();
        portal.assertAccessible();
    }

    @Test
    void aCitizenUnlinksFranceConnectWithAPasswordOfTheirOwnAndSignsInWithItAfterwards() {
        String password = "Rue Nationale, 59000 Lille";
        portal.open("/mon-compte/connexion");
        pickIdentity("karima");
        browser.waitUntil(d -> d.getCurrentUrl().equals(base(lille) + "/mon-compte"));
        assertThat(portal.text("#delier-franceconnect")).isEqualTo("Délier FranceConnect");

        portal.type("delier-mot-de-passe", password);
        portal.type("delier-confirmation", password + "!");
        browser.click(browser.find(By.cssSelector(".franceconnect-unlink vaadin-button")));
        browser.waitForVaadin();
        assertThat(portal.attribute("#delier-confirmation", "invalid")).isNotNull();
        assertThat(portal.text("#delier-confirmation")).contains("Les deux mots de passe ne sont pas identiques");
        portal.assertAccessible();
        browser.screenshot("franceconnect-6-unlink");

        portal.type("delier-confirmation", password);
        browser.click(browser.find(By.cssSelector(".franceconnect-unlink vaadin-button")));
        browser.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base(lille) + "/?state="));
        browser.waitUntil(d -> portal.text(".portal-account").equals("Se connecter"));
        assertThat(jdbc.sql("SELECT identity_source || ' ' || (franceconnect_sub IS NULL) FROM " + lille.schema()
                + ".citizens WHERE email = 'karima.benali@exemple.fr'").query(String.class).single())
                .isEqualTo("PASSWORD true");

        portal.signIn("karima.benali@exemple.fr", password);
        portal.open("/mon-compte");
        assertThat(portal.value("profil-first-name")).as("kept, no longer certified").isEqualTo("Karima");
        assertThat(portal.isReadOnly("profil-first-name")).isFalse();
        assertThat(browser.findAll(By.id("delier-franceconnect"))).isEmpty();
    }

    @Test
    void eachCommuneUsesItsOwnRegistrationAndACommuneWithoutOneShowsNoButton() throws IOException {
        assertThat(clientIdIn(lille)).isEqualTo("client-lille");
        assertThat(clientIdIn(amiens)).isEqualTo("client-amiens");
        assertThat(clientIdIn(dijon)).isNull();
        assertThat(RawHttp.get(port, "amiens.localhost", "/oauth2/authorization/franceconnect").headers())
                .contains("client_id=client-amiens").doesNotContain("client-lille");

        new CitizenPortalPage(browser, base(dijon)).open("/mon-compte/connexion");
        assertThat(browser.findAll(By.id("franceconnect"))).isEmpty();

        browser.open(base(amiens) + "/login/oauth2/code/franceconnect?code=forge&state=forge");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/mon-compte/franceconnect/erreur?motif=etat"));
        CitizenPortalPage amiensPortal = new CitizenPortalPage(browser, base(amiens));
        assertThat(amiensPortal.heading()).isEqualTo("Connexion avec FranceConnect impossible");
        assertThat(amiensPortal.text("[role=alert]")).contains("La connexion a expiré ou a été altérée");
        amiensPortal.assertAccessible();
        browser.screenshot("franceconnect-5-error");
    }

    private void pickIdentity(String login) {
        browser.find(By.id("franceconnect")).click();
        browser.waitUntil(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:"));
        if (!browser.findAll(By.id("identite-" + login)).isEmpty()) {
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Choisir une identité de test");
            assertThat(browser.seriousAccessibilityViolations()).as("the simulator's page").isEmpty();
            browser.find(By.id("identite-" + login)).click();
        }
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base(lille)));
        browser.find(By.cssSelector(".portal-header"));
        browser.waitForVaadin();
    }

    private String clientIdIn(Tenant tenant) {
        return TenantContext.supplyAs(tenant.asCurrent(), () -> {
            ClientRegistration registration = registrations.findByRegistrationId("franceconnect");
            return registration == null ? null : registration.getClientId();
        });
    }

    private FranceConnectSimulator.Client client(Tenant tenant) {
        return new FranceConnectSimulator.Client("client-" + tenant.slug(), tenant.slug().equals("lille")
                ? "secret-de-lille-2026" : "secret-d-amiens-2026",
                List.of(base(tenant) + "/login/oauth2/code/franceconnect"), List.of(base(tenant) + "/"));
    }

    private String base(Tenant tenant) {
        return "http://" + tenant.slug() + ".localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
