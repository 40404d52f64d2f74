package fr.guichet.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.NoTenantInContext;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class LegalPagesTenantIsolationTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    LegalPages legalPages;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsCommuneAdministrator() {
        signInAs("ROLE_ADMIN");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    @Test
    void twoCommunesRewritingTheSamePageEachReadTheirOwnText() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "mentions-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "mentions-b");

        TenantContext.runAs(a.asCurrent(), () -> legalPages.rewrite(LegalPageKind.MENTIONS_LEGALES,
                "Éditeur : mairie de " + a.officialName() + ".\n\nHébergeur : Guichet."));
        TenantContext.runAs(b.asCurrent(), () -> legalPages.rewrite(LegalPageKind.MENTIONS_LEGALES,
                "  Éditeur : mairie de " + b.officialName() + ".  "));

        LegalPageText readInA = TenantContext.callAs(a.asCurrent(), () -> legalPages.read(LegalPageKind.MENTIONS_LEGALES));
        LegalPageText readInB = TenantContext.callAs(b.asCurrent(), () -> legalPages.read(LegalPageKind.MENTIONS_LEGALES));
        assertThat(readInA.customised()).isTrue();
        assertThat(readInA.paragraphs()).containsExactly("Éditeur : mairie de " + a.officialName() + ".",
                "Hébergeur : Guichet.");
        assertThat(readInB.customised()).isTrue();
        assertThat(readInB.body()).isEqualTo("Éditeur : mairie de " + b.officialName() + ".");
    }

    @Test
    void theSamePrimaryKeyLivesInEachCommunesSchemaWithoutCrossing() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "cle-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "cle-b");

        TenantContext.runAs(a.asCurrent(), () -> legalPages.rewrite(LegalPageKind.MENTIONS_LEGALES, "Texte de A"));
        TenantContext.runAs(b.asCurrent(), () -> legalPages.rewrite(LegalPageKind.MENTIONS_LEGALES, "Texte de B"));
        TenantContext.runAs(a.asCurrent(), () -> legalPages.rewrite(LegalPageKind.MENTIONS_LEGALES, "Texte de A, revu"));

        assertThat(rowsIn(a)).containsExactly(new Row("MENTIONS_LEGALES", "Texte de A, revu", "admin@mairie.example.fr", 1));
        assertThat(rowsIn(b)).containsExactly(new Row("MENTIONS_LEGALES", "Texte de B", "admin@mairie.example.fr", 0));
        assertThat(jdbc.sql("SELECT count(*) FROM tenant_template.legal_pages").query(Integer.class).single()).isZero();
    }

    @Test
    void aCommuneThatWroteNothingStillSeesItsOwnDefaultText() throws Exception {
        Tenant writer = FreshTerritories.provisionCommune(provisioning, "ecrit");
        Tenant silent = FreshTerritories.provisionCommune(provisioning, "muette");
        TenantContext.runAs(writer.asCurrent(), () -> legalPages.rewrite(LegalPageKind.DONNEES_PERSONNELLES,
                "Données traitées par " + writer.officialName()));

        LegalPageText page = TenantContext.callAs(silent.asCurrent(),
                () -> legalPages.read(LegalPageKind.DONNEES_PERSONNELLES));

        assertThat(page.customised()).isFalse();
        assertThat(page.body()).contains(silent.officialName()).doesNotContain("Données traitées par");
        assertThat(rowsIn(silent)).isEmpty();
    }

    @Test
    void rewritingIsReservedToTheCommunesAdministrators() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "droits");
        signInAs("ROLE_AGENT");

        assertThatThrownBy(() -> TenantContext.runAs(tenant.asCurrent(),
                () -> legalPages.rewrite(LegalPageKind.ACCESSIBILITE, "Texte non autorisé")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rowsIn(tenant)).isEmpty();
    }

    @Test
    void anEmptyOrOverlongTextIsRefusedInFrench() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "textes");

        assertThatThrownBy(() -> TenantContext.runAs(tenant.asCurrent(),
                () -> legalPages.rewrite(LegalPageKind.ACCESSIBILITE, "   \n ")))
                .isInstanceOf(InvalidLegalText.class)
                .hasMessage("Le texte de la page « Accessibilité » ne peut pas être vide.");
        assertThatThrownBy(() -> TenantContext.runAs(tenant.asCurrent(),
                () -> legalPages.rewrite(LegalPageKind.ACCESSIBILITE, "x".repeat(LegalPages.MAX_LENGTH + 1))))
                .isInstanceOf(InvalidLegalText.class)
                .hasMessageContaining("la limite est de " + LegalPages.MAX_LENGTH);
        assertThat(rowsIn(tenant)).isEmpty();
    }

    @Test
    void readingALegalPageOutsideAnyTenantFailsWithNoTenantInContext() {
        Throwable failure = catchThrowable(() -> legalPages.read(LegalPageKind.MENTIONS_LEGALES));

        assertThat(failure).satisfiesAnyOf(
                e -> assertThat(e).isInstanceOf(NoTenantInContext.class),
                e -> assertThat(e).hasRootCauseInstanceOf(NoTenantInContext.class));
    }

    private List<Row> rowsIn(Tenant tenant) {
        return jdbc.sql("SELECT kind, body, updated_by, version FROM " + tenant.schema() + ".legal_pages ORDER BY kind")
                .query((rs, n) -> new Row(rs.getString("kind"), rs.getString("body"), rs.getString("updated_by"),
                        rs.getLong("version"))).list();
    }

    private record Row(String kind, String body, String updatedBy, long version) {
    }

    private static void signInAs(String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin@mairie.example.fr", null,
                AuthorityUtils.createAuthorityList(role)));
        SecurityContextHolder.setContext(context);
    }
}
