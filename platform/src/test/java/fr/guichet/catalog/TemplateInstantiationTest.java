package fr.guichet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class TemplateInstantiationTest {

    @Autowired
    fr.guichet.search.CatalogSearch catalogSearch;
    @Autowired
    Catalog catalog;
    @Autowired
    TemplateLibrary library;
    @Autowired
    TenantProvisioning provisioning;

    private Tenant commune;
    private Tenant other;

    @BeforeEach
    void twoCommunesAndADesigner() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "modeles");
        other = FreshTerritories.provisionCommune(provisioning, "modeles");
        designer();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTemplateBecomesADraftOfOneCommuneThatItCanPublish() {
        ProcedureTemplate template = library.find("registre-personnes-vulnerables").orElseThrow();

        Procedure procedure = in(commune, () -> catalog.instantiate(template));

        assertThat(procedure.status()).isEqualTo(ProcedureStatus.DRAFT);
        assertThat(procedure.latest().description()).isEqualTo(template.description());
        assertThat(procedure.latest().privacy()).isEqualTo(template.privacy());
        assertThat(procedure.latest().formJson()).isEqualTo(template.formJson());
        assertThat(in(commune, () -> catalog.published(null))).isEmpty();

        in(commune, () -> catalog.publish(procedure.id()));

        assertThat(in(commune, () -> catalog.published(null))).singleElement()
                .satisfies(s -> assertThat(s.description().title()).isEqualTo(template.description().title()))
                .satisfies(s -> assertThat(s.slug()).isEqualTo(procedure.slug()));
        assertThat(in(commune, () -> catalogSearch.published(Category.SOCIAL, "canicule"))).hasSize(1);
        assertThat(in(other, () -> catalog.published(null))).isEmpty();
    }

    @Test
    void everyTemplateCanBePublishedAsItIs() {
        for (ProcedureTemplate template : library.all()) {
            Procedure procedure = in(commune, () -> catalog.instantiate(template));
            in(commune, () -> catalog.publish(procedure.id()));
        }

        assertThat(in(commune, () -> catalog.published(null))).hasSize(library.all().size());
        assertThat(in(other, () -> catalog.published(null))).isEmpty();
    }

    @Test
    void instantiatingTheSameTemplateTwiceGivesTwoProceduresWithDistinctSlugs() {
        ProcedureTemplate template = library.find("signalement-voie-publique").orElseThrow();

        Procedure first = in(commune, () -> catalog.instantiate(template));
        Procedure second = in(commune, () -> catalog.instantiate(template));

        assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith(first.slug());
    }

    @Test
    void onlyDesignersMayInstantiateATemplate() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "agent", null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        ProcedureTemplate template = library.all().getFirst();

        assertThatThrownBy(() -> in(commune, () -> catalog.instantiate(template)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void designer() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "conceptrice", null, AuthorityUtils.createAuthorityList("ROLE_DESIGNER")));
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }
}
