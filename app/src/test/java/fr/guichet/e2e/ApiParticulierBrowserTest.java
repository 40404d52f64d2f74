package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.apiparticulier.AccessChange;
import fr.guichet.attachments.SampleFiles;
import fr.guichet.apiparticulier.ApiParticulierAccesses;
import fr.guichet.apiparticulier.ApiParticulierEnvironment;
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
import fr.guichet.tenancy.Tenant;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A form field that API Particulier can answer, in real Chromium against the simulator (FranceConnect and the
 * simulated API Particulier in its own JVM): a guest is asked for the document; a citizen signed in with
 * FranceConnect is offered « Récupérer automatiquement auprès de la CAF/MSA », nothing is asked without the consent
 * box, the value then shows its provenance and the request keeps it as the server received it; when API Particulier
 * fails the citizen is told so in French, joins the document and still submits. axe-core finds no serious violation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiParticulierBrowserTest {

    private static final String SLUG = "inscription-a-la-cantine";
    private static final String SIRET = "21380185500015";
    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("famille", "Votre famille",
            Section.of("foyer", "Votre foyer",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired().prefilledFrom(PrefillSource.LAST_NAME),
                    Field.of("quotient", FieldType.FILE, "Attestation de quotient familial").asRequired()
                            .withHelp("Attestation de la CAF ou de la MSA de moins de trois mois.")
                            .accepting(5_000_000, "pdf")
                            .prefilledFrom(PrefillSource.API_PARTICULIER_QUOTIENT_FAMILIAL)))));

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiParticulierAccesses accesses;
    @TempDir
    Path files;

    private FranceConnectSimulator simulator;
    private Tenant grenoble;
    private Browser browser;
    private CitizenPortalPage portal;

    @BeforeAll
    void communeWithFranceConnectAndApiParticulier() throws Exception {
        grenoble = tenants.commune("38185", "grenoble", null, "#1f4e8c", "#2f5d3a");
        simulator = FranceConnectSimulator.start(Path.of("../franceconnect-simulator"), freePort(),
                List.of(new FranceConnectSimulator.Client("client-grenoble", "secret-de-grenoble-2026",
                        List.of(base() + "/login/oauth2/code/franceconnect"), List.of(base() + "/"))),
                Duration.ofMinutes(2));
        tenants.franceConnect(grenoble, "client-grenoble", "secret-de-grenoble-2026", simulator.issuer());
        tenants.publishProcedure(grenoble, new ProcedureDescription("Inscription à la cantine",
                "Inscrivez votre enfant à la cantine ; le tarif dépend du quotient familial.", Category.ENFANCE_ECOLE,
                "Familles", "Attestation de quotient familial", 10, "Service scolaire"),
                new PrivacyNotice("Calculer le tarif de la cantine.", LegalBasis.PUBLIC_TASK, "Un an.",
                        "Service scolaire."), FORM);
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
        portal = new CitizenPortalPage(browser, base());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCertifiedCitizenConsentsAndTheRequestKeepsTheCafValueWithItsProvenance() {
        useToken(FranceConnectSimulator.API_PARTICULIER_TOKEN);
        signIn("angela");
        portal.open("/demarches/" + SLUG + "/formulaire");
        browser.find(By.id("champ-quotient-recuperer"));
        assertThat(portal.text(".form-sourced-offer")).contains("Rien n’est demandé sans votre accord");
        portal.assertAccessible();
        browser.screenshot("api-particulier-1-offer");

        // Without the consent box, nothing is asked
        browser.click(browser.find(By.id("champ-quotient-recuperer")));
        portal.waitForText("#champ-quotient-api-message", "Sans votre accord, aucune donnée n’est demandée");
        assertThat(auditedCalls("angela.dubois@exemple.fr")).isEmpty();

        browser.click(browser.find(By.cssSelector("#champ-quotient-accord input")));
        browser.click(browser.find(By.id("champ-quotient-recuperer")));
        portal.waitForText("#champ-quotient-api-valeur", "Quotient familial : 650 (");
        assertThat(portal.text("#champ-quotient-api-valeur"))
                .contains("Donnée transmise par la CAF via API Particulier le ");
        assertThat(browser.find(By.id("champ-quotient")).isDisplayed()).as("no upload asked").isFalse();
        portal.assertAccessible();
        browser.screenshot("api-particulier-2-received");

        String reference = submit("Donnée transmise par la CAF via API Particulier");
        assertThat(jdbc.sql("SELECT s.value || '|' || s.provider FROM " + grenoble.schema()
                        + ".request_sourced_values s JOIN " + grenoble.schema() + ".requests r ON r.id = s.request_id"
                        + " WHERE r.reference = ? AND s.field_key = 'quotient'").param(reference)
                .query(String.class).single()).startsWith("650 (").endsWith("|CAF");
        assertThat(auditedCalls("angela.dubois@exemple.fr")).containsExactly("QUOTIENT_FAMILIAL:RECEIVED");

        // The agent sees the value with its provenance among the request's answers
        try (Browser agent = new Browser()) {
            SignInPage.open(agent, base()).signIn(TestTenants.agentOf(grenoble), TestTenants.PASSWORD);
            agent.open(base() + "/agents/demandes");
            agent.click(agent.find(By.linkText(reference)));
            agent.waitForVaadin();
            assertThat(agent.text(By.cssSelector(".request-sourced"))).contains(
                    "Données transmises par les administrations (API Particulier)",
                    "Attestation de quotient familial", "650 (", "Donnée transmise par la CAF via API Particulier le ");
            agent.assertAccessible();
            agent.screenshot("api-particulier-4-agent");
        }
    }

    @Test
    void whenApiParticulierFailsTheCitizenJoinsTheDocumentAndStillSubmits() throws IOException {
        // A guest is asked for the document straight away
        portal.open("/demarches/" + SLUG + "/formulaire");
        browser.find(By.id("champ-quotient-choisir"));
        assertThat(browser.findAll(By.id("champ-quotient-recuperer"))).isEmpty();

        useToken(FranceConnectSimulator.API_PARTICULIER_FAILING_TOKEN);
        signIn("pierre");
        portal.open("/demarches/" + SLUG + "/formulaire");
        browser.click(browser.find(By.cssSelector("#champ-quotient-accord input")));
        browser.click(browser.find(By.id("champ-quotient-recuperer")));
        portal.waitForText("#champ-quotient-api-message", "Le service n’est pas disponible pour le moment : joignez "
                + "le document demandé");
        assertThat(browser.findAll(By.id("champ-quotient-recuperer")).stream().noneMatch(e -> e.isDisplayed()))
                .as("the offer is not made again").isTrue();
        portal.assertAccessible();
        browser.screenshot("api-particulier-3-failed");

        Path pdf = Files.write(files.resolve("attestation-qf.pdf"), SampleFiles.pdf());
        assertThat(new FileField(browser, "champ-quotient").pickAccepted(pdf)).contains("attestation-qf.pdf");
        String reference = submit("attestation-qf.pdf");
        assertThat(jdbc.sql("SELECT count(*) FROM " + grenoble.schema() + ".request_sourced_values s JOIN "
                + grenoble.schema() + ".requests r ON r.id = s.request_id WHERE r.reference = ?").param(reference)
                .query(Integer.class).single()).isZero();
        assertThat(auditedCalls("pierre.mercier@exemple.fr")).containsExactly("QUOTIENT_FAMILIAL:UNAVAILABLE");
    }

    /** Goes to the review, which shows {@code reviewed} for the document, and submits. */
    private String submit(String reviewed) {
        portal.press("Suivant");
        portal.waitForText("#etape", "Vérification de vos réponses");
        assertThat(portal.text(".form-review")).contains(reviewed);
        browser.click(browser.find(By.cssSelector("#demandeur-consentement input")));
        portal.press("Déposer ma demande");
        try {
            browser.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
        } catch (RuntimeException e) {
            browser.screenshot("api-particulier-submit-failed");
            throw new AssertionError("Not submitted: " + portal.text("body"), e);
        }
        browser.waitForVaadin();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Votre demande est déposée");
        portal.assertAccessible();
        return browser.find(By.cssSelector(".receipt-number")).getText().strip();
    }

    private List<String> auditedCalls(String email) {
        return jdbc.sql("SELECT a.data_set || ':' || a.outcome FROM " + grenoble.schema() + ".api_particulier_calls a"
                + " JOIN " + grenoble.schema() + ".citizens c ON c.id = a.citizen_id WHERE c.email = ? ORDER BY a.at")
                .param(email).query(String.class).list();
    }

    /** The commune's API Particulier access in the simulator environment, as an operator saves it. */
    private void useToken(String token) {
        var previous = SecurityContextHolder.getContext();
        var operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operatrice@guichet.test", null,
                AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
        SecurityContextHolder.setContext(operator);
        try {
            accesses.save(grenoble, new AccessChange(token, SIRET, ApiParticulierEnvironment.SIMULATOR,
                    simulator.apiParticulierUrl()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void signIn(String login) {
        portal.open("/mon-compte/connexion");
        browser.click(browser.find(By.id("franceconnect")));
        browser.waitUntil(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:"));
        browser.click(browser.find(By.id("identite-" + login)));
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(base() + "/mon-compte"));
        browser.waitForVaadin();
    }

    private String base() {
        return "http://grenoble.localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
