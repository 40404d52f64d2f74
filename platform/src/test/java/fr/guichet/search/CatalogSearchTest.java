package fr.guichet.search;

import static fr.guichet.testsupport.Acting.as;
import static fr.guichet.testsupport.Acting.in;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.catalog.TemplateLibrary;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogSearchTest {

    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire les demandes.", LegalBasis.PUBLIC_TASK,
            "Un an.", "Accueil.");

    @Autowired
    CatalogSearch search;
    @Autowired
    Catalog catalog;
    @Autowired
    TemplateLibrary library;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    org.hibernate.search.mapper.orm.mapping.SearchMapping mapping;

    private Tenant commune;
    private Tenant neighbour;
    private UUID identity;

    @BeforeEach
    void twoCommunesWithTheirCatalogs() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "catalogue");
        neighbour = FreshTerritories.provisionCommune(provisioning, "catalogue");
        identity = designer(commune, () -> {
            Procedure draft = catalog.createDraft(new ProcedureDescription("Carte nationale d’identité",
                    "Prendre rendez-vous pour déposer votre demande de titre.", Category.ETAT_CIVIL, null,
                    "Photo d’identité, justificatif de domicile", 30, "Accueil"), PRIVACY,
                    RequestSearchTest.FORM);
            return catalog.publish(draft.id()).id();
        });
        designer(commune, () -> catalog.publish(catalog.instantiate(library.find("signalement-voie-publique")
                .orElseThrow()).id()));
        designer(commune, () -> catalog.publish(catalog.instantiate(library.find("reservation-salle-municipale")
                .orElseThrow()).id()));
    }

    @Test
    void citizensFindProceduresByTheirWordsWhateverTheAccentsArticlesAndPlurals() {
        assertThat(titles(commune, null, "carte identite")).containsExactly("Carte nationale d’identité");
        assertThat(titles(commune, null, "CARTES D'IDENTITÉ")).containsExactly("Carte nationale d’identité");
        assertThat(titles(commune, null, "poubelles")).as("a choice of the street report's form")
                .containsExactly("Signalement d’un problème sur la voie publique");
        assertThat(titles(commune, null, "eclairage trottoir"))
                .containsExactly("Signalement d’un problème sur la voie publique");
        assertThat(titles(commune, null, "état civil")).as("the category's label")
                .containsExactly("Carte nationale d’identité");
        assertThat(titles(commune, null, "salle identite")).as("every word is required").isEmpty();
        assertThat(titles(commune, Category.VIE_PRATIQUE, "salle")).containsExactly("Réservation d’une salle municipale");
        assertThat(titles(commune, Category.ETAT_CIVIL, "salle")).isEmpty();
    }

    @Test
    void theBestMatchComesFirstAndNoKeywordsListsTheCatalog() {
        designer(commune, () -> {
            Procedure draft = catalog.createDraft(new ProcedureDescription("Passeport",
                    "Une démarche proche de la carte d’identité.", Category.ETAT_CIVIL, null, null, 30, "Accueil"),
                    PRIVACY, RequestSearchTest.FORM);
            return catalog.publish(draft.id());
        });

        assertThat(titles(commune, null, "identite")).containsExactly("Carte nationale d’identité", "Passeport");
        assertThat(titles(commune, null, "")).hasSize(4);
        assertThat(titles(commune, null, "*")).hasSize(4);
        for (String odd : new String[] {"\"carte", "(carte", "carte~2", "title:carte", "[a TO z]", "-", "x".repeat(5000)}) {
            assertThat(search(commune, null, odd)).as(odd).isNotNull();
        }
    }

    @Test
    void onlyTheCommunesPublishedProceduresAreFoundAndTheIndexFollowsPublications() {
        assertThat(titles(neighbour, null, "carte identite")).as("another commune's catalog").isEmpty();

        designer(commune, () -> catalog.edit(identity, new ProcedureDescription("Titre d’identité sécurisé",
                "Prendre rendez-vous pour déposer votre demande.", Category.ETAT_CIVIL, null, null, 30, "Accueil"),
                PRIVACY, RequestSearchTest.FORM));
        assertThat(titles(commune, null, "securise")).as("a draft is not online yet").isEmpty();
        assertThat(titles(commune, null, "carte identite")).containsExactly("Carte nationale d’identité");

        designer(commune, () -> catalog.publish(identity));
        assertThat(titles(commune, null, "securise")).containsExactly("Titre d’identité sécurisé");
        assertThat(titles(commune, null, "carte nationale")).as("the earlier version's title").isEmpty();

        designer(commune, () -> catalog.close(identity));
        assertThat(titles(commune, null, "identite")).as("closed").isEmpty();
    }

    @Test
    void aCatalogNeverIndexedIsIndexedOnItsFirstKeywordSearch() {
        mapping.scope(Procedure.class).workspace(commune.schema()).purge();
        mapping.scope(Procedure.class).workspace(commune.schema()).refresh();

        assertThat(titles(commune, null, "carte identite")).containsExactly("Carte nationale d’identité");
        assertThat(titles(commune, null, "poubelles")).containsExactly("Signalement d’un problème sur la voie publique");
    }

    private List<ProcedureSummary> search(Tenant tenant, Category category, String keywords) {
        return in(tenant, () -> search.published(category, keywords));
    }

    private List<String> titles(Tenant tenant, Category category, String keywords) {
        return search(tenant, category, keywords).stream().map(summary -> summary.description().title()).toList();
    }

    private static <T> T designer(Tenant tenant, Supplier<T> work) {
        return as("conceptrice@mairie.test", () -> in(tenant, work), "ROLE_DESIGNER");
    }
}
