package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.guichet.identity.OutboxCitizenMail;
import fr.guichet.identity.OutboxCitizenMail.Kind;
import fr.guichet.tenancy.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen signs up on their commune's portal, confirms the address with the link mailed to it, signs in, fills in
 * the profile and finds a form prefilled from it (certified answers read-only). Citizens and agents never sign in on
 * each other's page. axe-core finds no serious violation on any page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenAccountBrowserTest {

    private static final String SLUG = "inscription-sur-les-listes-electorales";
    private static final String PASSWORD = "Rue du Taur, 31000 Toulouse";
    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demandeur", "Vos coordonnées",
            Section.of("identite", "Votre identité",
                    Field.of("prenom", FieldType.SHORT_TEXT, "Prénom").asRequired()
                            .prefilledFrom(PrefillSource.FIRST_NAME),
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired().prefilledFrom(PrefillSource.LAST_NAME),
                    Field.of("naissance", FieldType.DATE, "Date de naissance").asRequired()
                            .withHelp("Exemple : 14/07/1990").prefilledFrom(PrefillSource.BIRTH_DATE),
                    Field.of("courriel", FieldType.EMAIL, "Adresse électronique")
                            .withHelp("Exemple : nom@domaine.fr").prefilledFrom(PrefillSource.EMAIL),
                    Field.of("telephone", FieldType.PHONE, "Téléphone")
                            .withHelp("Exemple : 06 12 34 56 78").prefilledFrom(PrefillSource.PHONE),
                    Field.of("adresse", FieldType.POSTAL_ADDRESS, "Adresse").prefilledFrom(PrefillSource.ADDRESS),
                    Field.of("ville", FieldType.POSTCODE_COMMUNE, "Code postal et commune")
                            .prefilledFrom(PrefillSource.POSTCODE_COMMUNE)))));

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    OutboxCitizenMail mail;
    @Autowired
    JdbcClient jdbc;

    private Tenant toulouse;
    private Browser browser;
    private CitizenPortalPage portal;

    @BeforeAll
    void aCommuneWithAFormThatPrefills() throws Exception {
        toulouse = tenants.commune("31555", "toulouse", null, "#1f4e8c", "#2f5d3a");
        tenants.publishProcedure(toulouse, new ProcedureDescription("Inscription sur les listes électorales",
                "Inscrivez-vous sur les listes électorales de la commune.", Category.ELECTIONS, "Toute personne majeure",
                "Pièce d’identité, justificatif de domicile", 5, "Service des élections"),
                new PrivacyNotice("Tenir les listes électorales.", LegalBasis.LEGAL_OBLIGATION,
                        "Tant que la personne est inscrite.", "Service des élections, INSEE."), FORM);
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
    void aCitizenSignsUpConfirmsSignsInFillsTheProfileAndFindsTheFormPrefilled() {
        String email = "camille.martin@exemple.fr";
        portal.open("/");
        portal.follow("Se connecter");
        assertThat(portal.heading()).isEqualTo("Se connecter");
        assertThat(portal.path()).isEqualTo("/mon-compte/connexion");
        assertThat(portal.attribute("#connexion-email input", "autocomplete")).isEqualTo("email");
        assertThat(portal.attribute("#connexion-mot-de-passe input", "name")).isEqualTo("password");
        portal.assertAccessible();

        // « Créer un compte »: the server's French messages on the fields and in the summary
        portal.follow("Créer un compte");
        assertThat(portal.heading()).isEqualTo("Créer un compte");
        assertThat(portal.attribute("#inscription-mot-de-passe input", "autocomplete")).isEqualTo("new-password");
        portal.assertAccessible();
        portal.press("Créer mon compte");
        portal.waitForText(".error-summary", "Saisissez votre adresse électronique.");
        assertThat(portal.text(".error-summary")).contains("Choisissez un mot de passe.")
                .contains("Conditions d’utilisation : Acceptez les conditions d’utilisation");
        portal.assertAccessible();
        browser.screenshot("account-1-signup-errors");
        portal.type("inscription-email", email);
        portal.type("inscription-mot-de-passe", "toulouse");
        portal.press("Créer mon compte");
        portal.waitForText(".error-summary", "Choisissez un mot de passe plus robuste");
        portal.type("inscription-mot-de-passe", PASSWORD);
        portal.type("inscription-confirmation", PASSWORD);
        browser.find(By.cssSelector("#inscription-conditions input")).click();
        portal.press("Créer mon compte");
        portal.waitForText("[role=status]", "Un courriel vous a été envoyé à " + email + ".");
        portal.assertAccessible();
        assertThat(mail.sentTo(email)).singleElement().satisfies(sent -> assertThat(sent.kind())
                .isEqualTo(Kind.VERIFICATION));

        // Not confirmed yet: the right password sends a new link instead of opening a session
        portal.signIn(email, PASSWORD);
        assertThat(portal.path()).isEqualTo("/mon-compte/connexion?non-confirmee");
        assertThat(portal.text("[role=alert]")).contains("n’est pas encore confirmée");
        assertThat(mail.sentTo(email)).hasSize(2);
        portal.assertAccessible();

        // « Confirmer mon adresse »: the link from the email
        String link = mail.sentTo(email).getLast().link();
        assertThat(link).startsWith(base() + "/mon-compte/confirmation/");
        browser.open(link);
        assertThat(portal.heading()).isEqualTo("Adresse confirmée");
        portal.assertAccessible();

        // Signed in: « Mon profil », then the header offers the account and signing out
        portal.signIn(email, PASSWORD);
        assertThat(portal.path()).isEqualTo("/mon-compte");
        assertThat(portal.heading()).isEqualTo("Mon profil");
        assertThat(portal.text(".portal-account")).contains("Mon compte").contains("Se déconnecter");
        assertThat(portal.attribute("#profil-first-name input", "autocomplete")).isEqualTo("given-name");
        assertThat(portal.attribute("#profil-birth-date input", "autocomplete")).isEqualTo("bday");
        portal.assertAccessible();
        portal.type("profil-first-name", "Camille");
        portal.type("profil-last-name", "Martin");
        portal.type("profil-birth-date", "14/07/1990");
        portal.type("profil-address", "12 rue des Lilas");
        portal.type("profil-postcode", "31000");
        portal.type("profil-commune", "Toulouse");
        portal.type("profil-phone", "12");
        portal.press("Enregistrer");
        portal.waitForText(".error-summary", "Téléphone : Le numéro de téléphone doit compter 10 chiffres");
        portal.assertAccessible();
        portal.type("profil-phone", "06 12 34 56 78");
        portal.press("Enregistrer");
        portal.waitForText("[role=status]", "Votre profil est enregistré.");
        portal.assertAccessible();
        browser.screenshot("account-2-profile");

        // The form is prefilled from the profile, each answer marked; the citizen may still change them
        portal.open("/demarches/" + SLUG + "/formulaire");
        portal.waitForText(".prefill-notice", "préremplies depuis votre profil");
        assertThat(portal.value("champ-prenom")).isEqualTo("Camille");
        assertThat(portal.value("champ-nom")).isEqualTo("Martin");
        assertThat(portal.value("champ-naissance")).isEqualTo("1990-07-14");
        assertThat(portal.value("champ-courriel")).isEqualTo(email);
        assertThat(portal.value("champ-telephone")).isEqualTo("06 12 34 56 78");
        assertThat(portal.value("champ-ville")).isEqualTo("31000 Toulouse");
        assertThat(portal.helperText("champ-prenom")).isEqualTo("Prérempli depuis votre profil.");
        assertThat(portal.helperText("champ-naissance")).isEqualTo("Exemple : 14/07/1990 Prérempli depuis votre profil.");
        assertThat(portal.isReadOnly("champ-nom")).isFalse();
        portal.assertAccessible();
        browser.screenshot("account-3-prefilled-form");
        portal.type("champ-prenom", "Camille-Anne");
        portal.press("Suivant");
        portal.waitForText("#etape", "Vérification de vos réponses");
        assertThat(portal.text(".form-review")).contains("Camille-Anne").contains("Martin").contains("14/07/1990");

        // What an identity provider certifies is read-only, in the form and in the profile; the answers typed before
        // come back from the draft (decision 013), on the review where the citizen left
        jdbc.sql("UPDATE " + toulouse.schema() + ".citizens SET certified_attributes = 'LAST_NAME'").update();
        portal.open("/demarches/" + SLUG + "/formulaire");
        portal.waitForText(".prefill-notice", "préremplies depuis votre profil");
        portal.waitForText("#etape", "Vérification de vos réponses");
        assertThat(portal.text("#brouillon")).contains("repris");
        portal.press("Précédent");
        assertThat(portal.value("champ-prenom")).isEqualTo("Camille-Anne");
        assertThat(portal.isReadOnly("champ-nom")).isTrue();
        assertThat(portal.helperText("champ-nom")).isEqualTo("Prérempli depuis votre profil, certifié : non modifiable.");
        assertThat(portal.isReadOnly("champ-prenom")).isFalse();
        portal.assertAccessible();
        portal.open("/mon-compte");
        assertThat(portal.isReadOnly("profil-last-name")).isTrue();
        assertThat(portal.helperText("profil-last-name")).contains("certifiée");
        portal.assertAccessible();
        browser.screenshot("account-4-certified-profile");

        // Submitted from the account: no e-mail asked; the request and its notification are in « Mes demandes »
        portal.open("/demarches/" + SLUG + "/formulaire");
        portal.waitForText(".prefill-notice", "préremplies depuis votre profil");
        portal.press("Suivant");
        portal.waitForText("#etape", "Vérification de vos réponses");
        assertThat(portal.text(".requester-panel")).contains("rattachée à votre compte (" + email + ")");
        browser.find(By.cssSelector("#demandeur-consentement input")).click();
        portal.press("Déposer ma demande");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/depot/"));
        portal.open("/mes-demandes");
        assertThat(portal.heading()).isEqualTo("Mes demandes");
        assertThat(portal.text(".portal-news")).contains("Nouveau").contains("a bien été reçue");
        assertThat(portal.text(".tracked-list")).contains("Reçue – déposée le");
        portal.assertAccessible();
        portal.open("/mes-demandes");
        assertThat(portal.text(".portal-news")).as("seen once, the notification is read").doesNotContain("Nouveau");

        // Signing out from the header
        browser.find(By.cssSelector(".portal-signout")).click();
        browser.waitUntil(d -> portal.text(".portal-account").equals("Se connecter"));
    }

    @Test
    void agentsAndCitizensNeverSignInOnEachOthersPage() throws Exception {
        String email = "dominique@exemple.fr";
        tenants.citizen(toulouse, email, PASSWORD);

        // A visitor asking for the profile is sent to the citizens' sign-in, not the agents'
        portal.open("/mon-compte");
        assertThat(portal.heading()).isEqualTo("Se connecter");
        assertThat(portal.path()).startsWith("/mon-compte/connexion");

        portal.signIn(TestTenants.agentOf(toulouse), TestTenants.PASSWORD);
        assertThat(portal.path()).isEqualTo("/mon-compte/connexion?erreur");
        assertThat(portal.text("[role=alert]")).contains("Adresse électronique ou mot de passe incorrect");
        assertThat(portal.text(".portal-account")).isEqualTo("Se connecter");
        portal.assertAccessible();

        SignInPage agents = SignInPage.open(browser, base());
        agents.signIn(email, PASSWORD);
        assertThat(agents.hasError()).as("a citizen's credentials on the agents' page").isTrue();

        // A sign-in posted from elsewhere, without the page's CSRF token, is refused
        RawHttp.Response forged = RawHttp.post(port, toulouse.defaultHost(), "/mon-compte/connexion",
                "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
        assertThat(forged.status()).isEqualTo(403);

        // Signing in starts a new session (no fixation), which opens the profile and no back office
        portal.open("/mon-compte/connexion");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        portal.signIn(email, PASSWORD);
        assertThat(portal.heading()).isEqualTo("Mon profil");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
        browser.open(base() + "/agents");
        browser.waitUntil(d -> !portal.heading().isEmpty());
        assertThat(portal.text("body")).as("a citizen's session opens no back office").doesNotContain("Espace agents");
    }

    private String base() {
        return "http://" + toulouse.defaultHost() + ":" + port;
    }
}
