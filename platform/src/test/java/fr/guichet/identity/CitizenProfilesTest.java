package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.PrefillSource;
import fr.guichet.forms.Section;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class CitizenProfilesTest {

    private static final String PASSWORD = CitizenAccountsTest.PASSWORD;
    private static final ProfileChange CAMILLE = new ProfileChange("Camille", "Martin", "Durand", "1990-07-14",
            "Lyon", "12 rue des Lilas\nBâtiment B", "74000", "Annecy", "06 12 34 56 78", ContactChannel.SMS);

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    CitizenAccounts accounts;
    @Autowired
    CitizenAuthentication authentication;
    @Autowired
    CitizenProfiles profiles;
    @Autowired
    OutboxCitizenMail mail;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;

    @BeforeEach
    void aConfirmedCitizenSignedIn() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "profil");
        TenantContext.set(commune.asCurrent());
        String email = "camille@" + commune.slug() + ".test";
        accounts.signUp(new SignUp(email, PASSWORD, PASSWORD, true), CitizenAccountsTest.PORTAL);
        accounts.confirm(CitizenAccountsTest.tokenOf(mail.sentTo(email).getLast()));
        SecurityContextHolder.getContext().setAuthentication(authentication.manager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    @Test
    void aCitizenFillsInTheProfileAndReadsItBack() {
        assertThat(profiles.current().firstName()).isNull();
        assertThat(profiles.current().preferredChannel()).isEqualTo(ContactChannel.EMAIL);

        profiles.update(CAMILLE);

        CitizenProfile profile = profiles.current();
        assertThat(profile.firstName()).isEqualTo("Camille");
        assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1990, 7, 14));
        assertThat(profile.address()).isEqualTo("12 rue des Lilas\nBâtiment B");
        assertThat(profile.value(PrefillSource.POSTCODE_COMMUNE)).contains("74000 Annecy");
        assertThat(profile.preferredChannel()).isEqualTo(ContactChannel.SMS);
        assertThat(profile.source()).isEqualTo(IdentitySource.PASSWORD);
        assertThat(profile.certified()).isEmpty();
    }

    @Test
    void wrongValuesAreRefusedInFrenchAndNothingIsWritten() {
        ProfileChange wrong = new ProfileChange("  ", "Martin", null, "2990-01-01", null, null, "740", null,
                "12", ContactChannel.POST);

        assertThatThrownBy(() -> profiles.update(wrong)).isInstanceOfSatisfying(ProfileRefused.class, refused ->
                assertThat(refused.problems())
                        .containsEntry(ProfileField.BIRTH_DATE,
                                "Saisissez votre date de naissance, entre le 01/01/1900 et aujourd’hui.")
                        .containsEntry(ProfileField.POSTCODE, "Le code postal comporte 5 chiffres.")
                        .containsEntry(ProfileField.PHONE,
                                "Le numéro de téléphone doit compter 10 chiffres (vous en avez saisi 2).")
                        .containsEntry(ProfileField.ADDRESS,
                                "Indiquez votre adresse complète pour être contacté par courrier.")
                        .containsEntry(ProfileField.COMMUNE,
                                "Indiquez votre adresse complète pour être contacté par courrier.")
                        .doesNotContainKeys(ProfileField.FIRST_NAME, ProfileField.LAST_NAME));
        assertThat(profiles.current().lastName()).isNull();
        assertThatThrownBy(() -> profiles.update(new ProfileChange(null, null, null, "?", null, null, null, null,
                null, ContactChannel.EMAIL))).isInstanceOfSatisfying(ProfileRefused.class,
                refused -> assertThat(refused.problems().get(ProfileField.BIRTH_DATE)).startsWith("Saisissez une date"));
    }

    @Test
    void aCertifiedFieldCannotBeChangedWhileTheOthersCan() {
        profiles.update(CAMILLE);
        // What FranceConnect will do: vouch for the identity's attributes.
        jdbc.sql("UPDATE " + commune.schema() + ".citizens SET identity_source = 'FRANCECONNECT', "
                + "certified_attributes = 'LAST_NAME,BIRTH_DATE'").update();

        assertThatThrownBy(() -> profiles.update(new ProfileChange("Camille", "Dupont", "Durand", "1991-07-14",
                "Lyon", null, null, null, null, ContactChannel.EMAIL)))
                .isInstanceOfSatisfying(ProfileRefused.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys(ProfileField.LAST_NAME, ProfileField.BIRTH_DATE)
                        .containsValue("Cette information est certifiée par votre fournisseur d’identité : elle ne "
                                + "peut pas être modifiée ici."));

        CitizenProfile changed = profiles.update(new ProfileChange("Camille-Anne", "Martin", null, "1990-07-14",
                "Lyon", null, null, null, null, ContactChannel.EMAIL));
        assertThat(changed.firstName()).isEqualTo("Camille-Anne");
        assertThat(changed.lastName()).isEqualTo("Martin");
        assertThat(changed.isCertified(ProfileField.LAST_NAME)).isTrue();
        assertThat(changed.isCertified(ProfileField.FIRST_NAME)).isFalse();
    }

    @Test
    void prefillSuggestsTheProfileForFieldsWithASuitableSourceAndMarksCertifiedOnes() {
        profiles.update(CAMILLE);
        jdbc.sql("UPDATE " + commune.schema() + ".citizens SET certified_attributes = 'LAST_NAME'").update();
        FormDefinition form = FormDefinition.of(Page.of("vous", "Vous", Section.of("identite", "Identité",
                Field.of("prenom", FieldType.SHORT_TEXT, "Prénom").prefilledFrom(PrefillSource.FIRST_NAME),
                Field.of("nom", FieldType.SHORT_TEXT, "Nom").prefilledFrom(PrefillSource.LAST_NAME),
                Field.of("naissance", FieldType.DATE, "Date de naissance").prefilledFrom(PrefillSource.BIRTH_DATE),
                Field.of("courriel", FieldType.EMAIL, "Courriel").prefilledFrom(PrefillSource.EMAIL),
                Field.of("adresse", FieldType.POSTAL_ADDRESS, "Adresse").prefilledFrom(PrefillSource.ADDRESS),
                Field.of("ville", FieldType.POSTCODE_COMMUNE, "Code postal et commune")
                        .prefilledFrom(PrefillSource.POSTCODE_COMMUNE),
                Field.of("naissance_nom", FieldType.DATE, "Mal réglé").prefilledFrom(PrefillSource.LAST_NAME),
                Field.of("lieu", FieldType.SHORT_TEXT, "Sans préremplissage"),
                Field.group("enfants", "Enfant", 0, 3,
                        Field.of("prenom_enfant", FieldType.SHORT_TEXT, "Prénom").prefilledFrom(PrefillSource.FIRST_NAME)))));

        Map<String, Prefill> prefill = profiles.prefill(form);

        assertThat(prefill).containsExactly(
                Map.entry("prenom", new Prefill("Camille", false)),
                Map.entry("nom", new Prefill("Martin", true)),
                Map.entry("naissance", new Prefill("1990-07-14", false)),
                Map.entry("courriel", new Prefill("camille@" + commune.slug() + ".test", false)),
                Map.entry("adresse", new Prefill("12 rue des Lilas\nBâtiment B", false)),
                Map.entry("ville", new Prefill("74000 Annecy", false)));
    }

    @Test
    void onlyACitizenSignedInOnThisCommunesPortalHasAProfile() throws Exception {
        TenantContext.clear();
        Tenant other = FreshTerritories.provisionCommune(provisioning, "profil-autre");

        TenantContext.set(other.asCurrent());
        assertThatThrownBy(() -> profiles.current()).as("a session of another commune")
                .isInstanceOf(AccessDeniedException.class);

        TenantContext.set(commune.asCurrent());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "agent@mairie.test", null, AuthorityUtils.createAuthorityList("ROLE_AGENT", "ROLE_ADMIN")));
        assertThatThrownBy(() -> profiles.current()).as("an agent").isInstanceOf(AccessDeniedException.class);
    }
}
