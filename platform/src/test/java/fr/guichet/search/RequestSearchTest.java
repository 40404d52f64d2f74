package fr.guichet.search;

import static fr.guichet.testsupport.Acting.as;
import static fr.guichet.testsupport.Acting.in;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.catalog.Catalog;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.requests.Casework;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestProcedures;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On embedded Lucene; {@link RequestSearchOnOpenSearchTest} runs the same tests on a real OpenSearch node. */
@IntegrationTest
class RequestSearchTest {

    static final String FORM = FormJson.write(FormDefinition.of(Page.of("demande", "Votre demande",
            Section.of("probleme", "Le problème",
                    Field.of("lieu", FieldType.SHORT_TEXT, "Lieu").asRequired(),
                    Field.of("details", FieldType.LONG_TEXT, "Détails").asRequired()))));

    @Autowired
    Submissions submissions;
    @Autowired
    Casework casework;
    @Autowired
    RequestSearch search;
    @Autowired
    Catalog catalog;
    @Autowired
    fr.guichet.identity.AgentAccounts agents;
    @Autowired
    fr.guichet.teams.TeamAdministration teams;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    SearchMapping mapping;

    private Tenant commune;
    private String lighting;
    private String roads;

    @BeforeEach
    void aCommuneWithTwoProcedures() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "recherche");
        lighting = TestProcedures.publish(catalog, commune, "Éclairage public en panne", FORM);
        roads = TestProcedures.publish(catalog, commune, "Nid-de-poule sur la chaussée", FORM);
    }

    /** The backend these tests must run on (a subclass for another backend must never silently run on Lucene). */
    Class<? extends Backend> expectedBackend() {
        return LuceneBackend.class;
    }

    @Test
    void theSearchRunsOnTheExpectedBackend() {
        assertThat(mapping.backend()).isInstanceOf(expectedBackend());
    }

    @Test
    void frenchWordsAreFoundWhateverTheAccentsArticlesAndPlurals() {
        SubmissionResult lamp = submit(lighting, "Rue de l’Église", "Le lampadaire devant l’école clignote.",
                "Claire Martin");
        submit(roads, "Avenue Foch", "Un trou profond devant la boulangerie.", "Paul Durand");

        assertThat(references(agent(() -> search.search(SearchQuery.of("eclairage"))))).containsExactly(
                lamp.reference());
        assertThat(references(agent(() -> search.search(SearchQuery.of("lampadaires"))))).containsExactly(
                lamp.reference());
        assertThat(references(agent(() -> search.search(SearchQuery.of("EGLISE ecole"))))).containsExactly(
                lamp.reference());
        assertThat(references(agent(() -> search.search(SearchQuery.of("martin"))))).containsExactly(
                lamp.reference());
        assertThat(references(agent(() -> search.search(SearchQuery.of("lampadaire boulangerie"))))).isEmpty();
    }

    @Test
    void extractsHighlightTheWordsFoundAndEscapeWhatCitizensTyped() {
        submit(lighting, "Place <b>du</b> marché", "<script>alert('x')</script> lampadaire éteint", "Anne Roy");

        SearchHit hit = agent(() -> search.search(SearchQuery.of("lampadaire"))).hits().getFirst();

        assertThat(hit.extracts()).anySatisfy(extract -> {
            assertThat(extract.source()).isEqualTo("Réponses");
            assertThat(extract.html()).contains("<mark>lampadaire</mark>").contains("&lt;script&gt;")
                    .doesNotContain("<script>").doesNotContain("<b>");
        });
    }

    @Test
    void notesAndMessagesAreSearchableAndSaySoInTheirExtracts() {
        SubmissionResult request = submit(roads, "Rue Haute", "Chaussée abîmée.", "Luc Petit");
        agent(() -> {
            var file = casework.open(request.requestId());
            file = casework.addNote(file.id(), file.lockVersion(), "Voir avec le prestataire goudronnage");
            return casework.messageCitizen(file.id(), file.lockVersion(), "Une équipe passera jeudi matin.");
        });

        assertThat(agent(() -> search.search(SearchQuery.of("prestataire"))).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.extracts()).extracting(Extract::source).contains("Note interne"));
        assertThat(agent(() -> search.search(SearchQuery.of("jeudi"))).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.extracts()).extracting(Extract::source)
                        .contains("Échanges avec l’usager"));
    }

    @Test
    void facetsCountWhatTheAgentMaySeeAndTickedValuesNarrowTheResults() {
        submit(lighting, "Rue A", "Panne du lampadaire", "A");
        submit(lighting, "Rue B", "Panne du lampadaire", "B");
        submit(roads, "Rue C", "Panne de feu tricolore", "C");

        SearchResults all = agent(() -> search.search(SearchQuery.of("panne")));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get(Facet.PROCEDURE)).extracting(FacetValue::label, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Éclairage public en panne", 2L),
                        org.assertj.core.groups.Tuple.tuple("Nid-de-poule sur la chaussée", 1L));
        assertThat(all.facets().get(Facet.STATUS)).extracting(FacetValue::label, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Reçue, à instruire", 3L));
        assertThat(all.facets().get(Facet.PERIOD)).extracting(FacetValue::key, FacetValue::count)
                .contains(org.assertj.core.groups.Tuple.tuple("7j", 3L));

        String roadsId = all.facets().get(Facet.PROCEDURE).get(1).key();
        SearchQuery ticked = new SearchQuery("panne", Map.of(Facet.PROCEDURE, Set.of(roadsId)), SearchOrder.NEWEST, 0);
        SearchResults narrowed = agent(() -> search.search(ticked));
        assertThat(narrowed.total()).isEqualTo(1);
        assertThat(narrowed.facets().get(Facet.PROCEDURE)).extracting(FacetValue::count, FacetValue::selected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, false),
                        org.assertj.core.groups.Tuple.tuple(1L, true));

        ProcedureScope roadsOnly = ProcedureScope.only(Set.of(java.util.UUID.fromString(roadsId)));
        SearchResults scoped = agent(() -> search.search(SearchQuery.of("panne"), roadsOnly));
        assertThat(scoped.total()).isEqualTo(1);
        assertThat(scoped.facets().get(Facet.PROCEDURE)).extracting(FacetValue::key).containsExactly(roadsId);
        assertThat(scoped.facets().get(Facet.STATUS)).extracting(FacetValue::count).containsExactly(1L);
        assertThat(agent(() -> search.search(SearchQuery.of("lampadaire"), roadsOnly)).total()).isZero();
        assertThat(agent(() -> search.search(SearchQuery.of("panne"), ProcedureScope.only(Set.of()))).total())
                .isZero();

        fr.guichet.testsupport.TestTeams.team(agents, teams, catalog, commune, "Voirie", "voirie@mairie.test", roads);
        SearchResults roadsTeam = as("voirie@mairie.test", () -> in(commune, () -> search.search(
                SearchQuery.of("panne"))), "ROLE_AGENT");
        assertThat(roadsTeam.total()).as("an agent of the roads team, through AgentScope").isEqualTo(1);
        assertThat(roadsTeam.facets().get(Facet.PROCEDURE)).extracting(FacetValue::key).containsExactly(roadsId);
        assertThat(as("sans.equipe@mairie.test", () -> in(commune, () -> search.search(SearchQuery.of("panne"))),
                "ROLE_AGENT").total()).as("an agent in no team sees nothing").isZero();
    }

    @Test
    void oddInputNeverFailsAndLongQueriesAreCutWithAFrenchNotice() {
        submit(lighting, "Rue D", "Lampadaire tombé", "D");
        for (String odd : new String[] {"", "   ", "*", "?*", "\"lampadaire", "(lampadaire", "lampadaire AND OR",
                "title:lampadaire", "lampadaire~2", "[a TO z]", "{}^\\/", "-", "+-|\"()", "\u0000lampadaire"}) {
            SearchResults results = agent(() -> search.search(SearchQuery.of(odd)));
            assertThat(results.total()).as(odd).isGreaterThanOrEqualTo(0);
        }
        assertThat(agent(() -> search.search(SearchQuery.of("*"))).noticeText()).hasValueSatisfying(
                notice -> assertThat(notice).contains("Saisissez au moins un mot"));
        assertThat(agent(() -> search.search(SearchQuery.of("*"))).total()).isEqualTo(1);

        SearchResults longOne = agent(() -> search.search(SearchQuery.of("lampadaire " + "x".repeat(5000))));
        assertThat(longOne.noticeText()).hasValueSatisfying(notice -> assertThat(notice).contains("200"));
        SearchResults manyWords = agent(() -> search.search(SearchQuery.of("lampadaire " + "mot ".repeat(100))));
        assertThat(manyWords.noticeText()).hasValueSatisfying(notice -> assertThat(notice).contains("20"));

        SearchResults unknownFacet = agent(() -> search.search(new SearchQuery("lampadaire", Map.of(
                Facet.STATUS, Set.of("n-existe-pas"), Facet.PERIOD, Set.of("jamais"),
                Facet.PROCEDURE, Set.of("pas-un-uuid")), SearchOrder.OLDEST, 9999)));
        assertThat(unknownFacet.total()).isZero();
        assertThat(unknownFacet.facets().get(Facet.STATUS)).extracting(FacetValue::key, FacetValue::selected)
                .contains(org.assertj.core.groups.Tuple.tuple("n-existe-pas", true));
    }

    @Test
    void aReferenceTypedInTheBoxLeadsStraightToItsRequest() {
        SubmissionResult request = submit(roads, "Rue E", "Trou", "E");

        SearchResults byReference = agent(() -> search.search(SearchQuery.of(request.reference().toLowerCase())));
        assertThat(byReference.directRequest()).contains(request.requestId());
        String shortForm = request.reference().replaceAll("-0+(\\d+)$", "-$1");
        assertThat(agent(() -> search.search(SearchQuery.of(shortForm))).directRequest())
                .contains(request.requestId());
        assertThat(agent(() -> search.search(SearchQuery.of(request.reference()), ProcedureScope.only(Set.of())))
                .directRequest()).isEmpty();
    }

    private SubmissionResult submit(String procedureSlug, String place, String details, String name) {
        SubmissionResult result = in(commune, () -> submissions.submitOnline(procedureSlug,
                Map.of("lieu", place, "details", details), Requester.guest(name, "usager@exemple.fr")));
        assertThat(result.accepted()).as(result.errors().toString()).isTrue();
        return result;
    }

    /** An administrator, who sees every procedure (agents' team scope is tested on its own). */
    private <T> T agent(Supplier<T> work) {
        return as("agent@mairie.test", () -> in(commune, work), "ROLE_ADMIN");
    }

    static java.util.List<String> references(SearchResults results) {
        return results.hits().stream().map(SearchHit::reference).toList();
    }
}
