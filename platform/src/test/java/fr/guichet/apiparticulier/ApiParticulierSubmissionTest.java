package fr.guichet.apiparticulier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.PrefillSource;
import fr.guichet.forms.Section;
import fr.guichet.identity.CertifiedIdentity;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.FranceConnectAccounts;
import fr.guichet.identity.FranceConnectSignIn;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The server, not the browser, decides what API Particulier answered: a value held for the citizen replaces the
 * document and whatever the browser sent for the field, and is kept with the request; without one the document is
 * required as usual; nothing is asked without consent.
 */
@IntegrationTest
class ApiParticulierSubmissionTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("foyer", "Votre foyer",
            Section.of("famille", "Votre famille",
                    Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired(),
                    Field.of("quotient", FieldType.FILE, "Attestation de quotient familial").asRequired()
                            .accepting(5_000_000, "pdf")
                            .prefilledFrom(PrefillSource.API_PARTICULIER_QUOTIENT_FAMILIAL)))));
    /** What a crafted request could send for the field: a file that was never uploaded. */
    private static final Map<String, Object> FORGED_FILE = Map.of("reference", "piece-forgee", "name", "faux.pdf",
            "size", 1234);

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    Catalog catalog;
    @Autowired
    Submissions submissions;
    @Autowired
    ApiParticulierPrefill prefill;
    @Autowired
    FranceConnectAccounts franceConnect;
    @Autowired
    CitizenProfiles profiles;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;
    private String slug;
    private Authentication pierre;

    @BeforeEach
    void communeWithAProcedureAndACertifiedCitizen() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "api-part-depot");
        slug = as(UsernamePasswordAuthenticationToken.authenticated("conceptrice@mairie.test", null,
                AuthorityUtils.createAuthorityList("ROLE_DESIGNER")), () -> {
            Procedure procedure = catalog.createDraft(new ProcedureDescription("Inscription à la cantine",
                    "Inscrire un enfant.", Category.ENFANCE_ECOLE, null, null, 10, "Service scolaire"),
                    new PrivacyNotice("Calculer le tarif.", LegalBasis.PUBLIC_TASK, "Un an.", "Service scolaire."),
                    FORM);
            catalog.publish(procedure.id());
            return procedure.slug();
        });
        Instant now = Instant.now();
        FranceConnectSignIn signedIn = TenantContext.supplyAs(commune.asCurrent(), () -> franceConnect.signIn(
                new CertifiedIdentity("sub-pierre", "Pierre", "MERCIER", "DUPONT", LocalDate.of(1969, 3, 17),
                        "Annecy", "pierre@exemple.fr", "M", "74010", "99100"),
                OidcIdToken.withTokenValue("jeton").subject("sub-pierre").issuedAt(now).expiresAt(now.plusSeconds(60))
                        .build()));
        var citizen = ((FranceConnectSignIn.SignedIn) signedIn).citizen();
        pierre = UsernamePasswordAuthenticationToken.authenticated(citizen, null, citizen.getAuthorities());
    }

    @Test
    void theHeldValueWinsOverWhatTheBrowserSendsAndIsKeptWithTheRequest() {
        UUID citizen = as(pierre, profiles::currentId);
        jdbc.sql("INSERT INTO " + commune.schema() + ".api_particulier_held (citizen_id, data_set, value, provider,"
                + " fetched_at) VALUES (?, 'QUOTIENT_FAMILIAL', '1120 (10/2026)', 'MSA', now())").param(citizen)
                .update();

        SubmissionResult result = as(pierre, () -> submissions.submitOnline(slug,
                Map.of("nom", "DUPONT", "quotient", FORGED_FILE), Requester.guest(null, null)));

        assertThat(result.accepted()).as(result.errors().toString()).isTrue();
        Map<String, CertifiedValue> kept = as(UsernamePasswordAuthenticationToken.authenticated("agent@mairie.test",
                null, AuthorityUtils.createAuthorityList("ROLE_AGENT")), () -> prefill.ofRequest(result.requestId()));
        assertThat(kept).containsOnlyKeys("quotient");
        assertThat(kept.get("quotient").value()).isEqualTo("1120 (10/2026)");
        assertThat(kept.get("quotient").provenance()).startsWith("Donnée transmise par la MSA via API Particulier le ");
        assertThat(jdbc.sql("SELECT answers_json FROM " + commune.schema() + ".requests WHERE id = ?")
                .param(result.requestId()).query(String.class).single()).doesNotContain("piece-forgee");
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".api_particulier_held")
                .query(Integer.class).single()).as("released once used").isZero();
    }

    @Test
    void withoutAValueTheDocumentIsRequiredAndNothingIsAskedWithoutConsent() {
        Fetch refused = as(pierre, () -> prefill.fetch(DataSet.QUOTIENT_FAMILIAL, false));
        assertThat(refused).isEqualTo(new Fetch.NotReceived(null,
                "Sans votre accord, aucune donnée n’est demandée : joignez le document demandé."));
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".api_particulier_calls")
                .query(Integer.class).single()).isZero();
        Fetch noAccess = as(pierre, () -> prefill.fetch(DataSet.QUOTIENT_FAMILIAL, true));
        assertThat(noAccess).isInstanceOf(Fetch.NotReceived.class);

        SubmissionResult result = as(pierre, () -> submissions.submitOnline(slug, Map.of("nom", "DUPONT"),
                Requester.guest(null, null)));
        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).containsKey("quotient");
    }

    private <T> T as(Authentication who, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.supplyAs(commune.asCurrent(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
