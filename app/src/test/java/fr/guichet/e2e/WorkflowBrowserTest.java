package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.ContactChannel;
import fr.guichet.identity.GuestAccess;
import fr.guichet.identity.OutboxCitizenMail;
import fr.guichet.identity.ProfileChange;
import fr.guichet.identity.SignUp;
import fr.guichet.requests.Requester;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A designer draws a state « Rendez-vous fixé » into a procedure's workflow, with the action that leads to it and a
 * convocation generated on entry, and publishes; an agent moves a request into it; the citizen sees the new status
 * and downloads the convocation. A citizen who prefers post gets a letter that an agent downloads and marks as sent.
 * axe-core checks the editor, the document templates, the letters and the citizen's page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowBrowserTest {

    private static final String CITIZEN = "hugo.bernard@exemple.fr";
    private static final String STATE = "Rendez-vous fixé";
    private static final String MOVE = "Fixer un rendez-vous";

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    Submissions submissions;
    @Autowired
    GuestAccess guests;
    @Autowired
    Catalog catalog;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    CitizenAuthentication authentication;
    @Autowired
    CitizenProfiles profiles;
    @Autowired
    OutboxCitizenMail mail;

    private Tenant dijon;
    private UUID procedure;

    @BeforeAll
    void aCommuneWithAPublishedProcedure() throws Exception {
        dijon = tenants.commune("21231", "dijon", null, "#7a1f3d", "#1f4d7a");
        procedure = tenants.publishProcedure(dijon, new ProcedureDescription("Carte nationale d’identité",
                "Demander ou renouveler sa carte.", Category.ETAT_CIVIL, null, null, 30, "Accueil"),
                new PrivacyNotice("Instruire les demandes de titres.", LegalBasis.PUBLIC_TASK, "Un an.", "Accueil."),
                TestTenants.SIMPLE_FORM);
    }

    @Test
    void aDesignerAddsAStateWithADocumentAnAgentMovesARequestIntoItAndTheCitizenDownloadsTheDocument()
            throws Exception {
        try (Browser designer = new Browser()) {
            SignInPage.open(designer, base()).signIn(TestTenants.agentOf(dijon), TestTenants.PASSWORD);
            designer.open(base() + "/agents/modeles-documents");
            type(designer, By.xpath("//vaadin-text-field[./label[contains(., 'Identifiant')]]//input"),
                    "convocation");
            type(designer, By.xpath("//vaadin-text-field[./label[contains(., 'Titre')]]//input"),
                    "Convocation {{reference}}");
            type(designer, By.xpath("//vaadin-text-area[./label[contains(., 'Texte')]]//textarea"),
                    "Bonjour {{name}},\n\nVous êtes attendu : {{comment}}.");
            button(designer, "Enregistrer");
            assertThat(designer.text(By.cssSelector(".view"))).contains("Modèle « Convocation {{reference}} » enregistré.");
            designer.assertAccessible();

            designer.open(base() + "/agents/demarches/" + procedure + "/circuit");
            assertThat(designer.text(By.tagName("h1"))).contains("Circuit de traitement");
            type(designer, By.xpath("//vaadin-text-field[./label[contains(., 'Nom du nouvel état')]]//input"), STATE);
            button(designer, "Ajouter l’état");
            choose(designer, card("workflow-state", STATE), "Document produit", "Convocation {{reference}}");
            choose(designer, card("workflow-state", STATE), "Message envoyé à l’usager",
                    "Changement de statut (avec le commentaire)");
            type(designer, By.xpath("//vaadin-text-field[./label[contains(., 'Nom de la nouvelle action')]]//input"),
                    MOVE);
            button(designer, "Ajouter l’action");
            check(designer, card("workflow-transition", MOVE) + "//vaadin-checkbox[./label[normalize-space(.)="
                    + "'En cours d’instruction']]");
            choose(designer, card("workflow-transition", MOVE), "Mène à", STATE);
            check(designer, card("workflow-transition", MOVE) + "//vaadin-checkbox[./label[normalize-space(.)="
                    + "'Commentaire obligatoire']]");
            check(designer, card("workflow-transition", MOVE) + "//vaadin-checkbox[./label[normalize-space(.)="
                    + "'Commentaire visible par l’usager']]");

            button(designer, "Vérifier");
            assertThat(designer.text(By.cssSelector("[role=alert]"))).contains("État « Rendez-vous fixé » : aucune"
                    + " action n’en part");
            check(designer, card("workflow-transition", "Accepter") + "//vaadin-checkbox[./label[normalize-space(.)='"
                    + STATE + "']]");
            designer.assertAccessible();
            button(designer, "Publier");
            assertThat(designer.text(By.cssSelector(".view"))).contains("« Carte nationale d’identité » est en ligne.");
        }

        String slug = TenantContext.supplyAs(dijon.asCurrent(), () -> catalog.publishedProcedure(procedure))
                .orElseThrow().slug();
        String reference = TenantContext.supplyAs(dijon.asCurrent(), () -> submissions.submitOnline(slug, Map.of("nom", "Hugo Bernard"), Requester.guest("Hugo Bernard",
                        CITIZEN), null).reference());
        String trackingLink = TenantContext.supplyAs(dijon.asCurrent(), () -> guests.issue(CITIZEN, base() + "/"))
                .link();

        try (Browser agent = new Browser()) {
            SignInPage.open(agent, base()).signIn(TestTenants.agentOf(dijon), TestTenants.PASSWORD);
            agent.open(base() + "/agents/demandes");
            agent.find(By.linkText(reference)).click();
            agent.waitUntil(d -> d.getCurrentUrl().matches(".*/agents/demandes/[0-9a-f-]{36}"));
            agent.waitForVaadin();
            button(agent, "Prendre en charge");
            agent.find(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Prendre en charge']")).click();
            agent.waitForVaadin();
            button(agent, MOVE);
            agent.find(By.cssSelector("vaadin-dialog vaadin-text-area textarea")).sendKeys("mardi 14 h, guichet 2");
            agent.find(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='" + MOVE + "']")).click();
            agent.waitForVaadin();
            assertThat(agent.text(By.cssSelector(".request-summary"))).contains(STATE);
            assertThat(agent.text(By.cssSelector(".request-documents"))).contains("Convocation " + reference);
        }

        try (Browser citizen = new Browser()) {
            citizen.open(trackingLink);
            citizen.find(By.partialLinkText(reference)).click();
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/" + reference));
            citizen.waitForVaadin();
            assertThat(citizen.text(By.cssSelector(".request-summary"))).contains(STATE);
            assertThat(citizen.text(By.cssSelector(".received-documents"))).contains("Documents reçus",
                    "Convocation " + reference);
            citizen.assertAccessible();
            assertThat(download(citizen, citizen.find(By.cssSelector(".received-documents a"))))
                    .startsWith("200 application/pdf %PDF-");
        }
    }

    @Test
    void anAgentDownloadsTheLetterOfACitizenWhoPrefersPostAndMarksItAsSent() throws Exception {
        String email = "lucie.moreau@exemple.fr";
        String slug = TenantContext.supplyAs(dijon.asCurrent(), () -> catalog.publishedProcedure(procedure))
                .orElseThrow().slug();
        TenantContext.supplyAs(dijon.asCurrent(), () -> {
            accounts.signUp(new SignUp(email, "Un mot de passe long", "Un mot de passe long", true), base() + "/");
            String link = mail.sentTo(email).getLast().link();
            return accounts.confirm(link.substring(link.lastIndexOf('/') + 1));
        });
        Authentication citizen = TenantContext.supplyAs(dijon.asCurrent(), () -> authentication.manager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "Un mot de passe long")));
        SecurityContextHolder.getContext().setAuthentication(citizen);
        String reference;
        try {
            reference = TenantContext.supplyAs(dijon.asCurrent(), () -> {
                profiles.update(new ProfileChange("Lucie", "Moreau", null, null, null, "3 place Darcy", "21000",
                        "Dijon", null, ContactChannel.POST));
                return submissions.submitOnline(slug, Map.of("nom", "Lucie Moreau"), Requester.guest(null, null),
                        null).reference();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }

        try (Browser agent = new Browser()) {
            SignInPage.open(agent, base()).signIn(TestTenants.agentOf(dijon), TestTenants.PASSWORD);
            agent.open(base() + "/agents/courriers");
            assertThat(agent.text(By.cssSelector(".letters-list"))).contains(reference,
                    "Votre demande " + reference + " a bien été reçue");
            agent.assertAccessible();
            assertThat(download(agent, agent.find(By.cssSelector(".letters-list a[download]"))))
                    .startsWith("200 application/pdf %PDF-");
            button(agent, "Marquer comme envoyé");
            assertThat(agent.text(By.cssSelector(".view"))).contains("Courrier de la demande " + reference
                    + " marqué comme envoyé.", "Aucun courrier à envoyer.");
            agent.open(base() + "/agents/demandes");
            agent.find(By.linkText(reference)).click();
            agent.waitUntil(d -> d.getCurrentUrl().matches(".*/agents/demandes/[0-9a-f-]{36}"));
            agent.waitForVaadin();
            assertThat(agent.text(By.cssSelector(".request-timeline"))).contains("Courrier envoyé par la poste");
        }
    }

    /** Fetches a download link in the page's session: status, type, first bytes and size. */
    private static String download(Browser browser, WebElement link) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer().then(b => {
                    const bytes = new Uint8Array(b);
                    done(r.status + ' ' + r.headers.get('content-type') + ' '
                        + String.fromCharCode(...bytes.slice(0, 5)) + ' ' + bytes.length);
                })).catch(e => done('failed ' + e));""", link));
    }

    private static String card(String kind, String heading) {
        return "//section[contains(@class, '" + kind + "')][./h3[normalize-space(.)=\"" + heading + "\"]]";
    }

    private static void choose(Browser browser, String within, String label, String item) {
        browser.click(browser.find(By.xpath(within + "//vaadin-select[./label[contains(., \"" + label + "\")]]")));
        // Every state's select holds the same items: click the one of the overlay just opened.
        By items = By.xpath("//vaadin-select-item[normalize-space(.)=\"" + item + "\"]");
        browser.click(browser.waitUntil(d -> d.findElements(items).stream()
                .filter(found -> found.getSize().getHeight() > 0).findFirst().orElse(null)));
    }

    private static void check(Browser browser, String xpath) {
        browser.click(browser.find(By.xpath(xpath + "//input")));
    }

    private static void type(Browser browser, By input, String value) {
        WebElement element = browser.find(input);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }

    private static void button(Browser browser, String label) {
        browser.click(browser.find(By.xpath("//vaadin-button[normalize-space(.)=\"" + label + "\"]")));
    }




    private String base() {
        return "http://dijon.localhost:" + port;
    }
}
