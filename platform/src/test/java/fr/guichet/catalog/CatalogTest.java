package fr.guichet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormEdits;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
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
class CatalogTest {

    private static final String FORM = FormJson.write(FormDefinition.of(Page.of("demandeur", "Vous",
            Section.of("identite", "Votre identité", Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()))));
    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire les demandes d’actes d’état civil.",
            LegalBasis.LEGAL_OBLIGATION, "Un an après la délivrance de l’acte.", "Service de l’état civil.");

    @Autowired
    fr.guichet.search.CatalogSearch catalogSearch;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    FormPreviews previews;

    private Tenant commune;
    private Tenant other;

    @BeforeEach
    void twoCommunesAndADesigner() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "catalogue");
        other = FreshTerritories.provisionCommune(provisioning, "catalogue");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "conceptrice", null, AuthorityUtils.createAuthorityList("ROLE_DESIGNER")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void editingAPublishedProcedureOpensANewVersionWhileTheOldOneStaysOnline() throws Exception {
        Procedure procedure = in(commune, () -> catalog.createDraft(description("Acte de naissance"), PRIVACY, FORM));
        in(commune, () -> catalog.publish(procedure.id()));

        in(commune, () -> catalog.edit(procedure.id(), description("Demande d’acte de naissance"), PRIVACY, FORM));

        assertThat(in(commune, () -> catalog.published(null))).singleElement()
                .satisfies(s -> assertThat(s.description().title()).isEqualTo("Acte de naissance"))
                .satisfies(s -> assertThat(s.version()).isEqualTo(1));

        in(commune, () -> catalog.publish(procedure.id()));

        assertThat(in(commune, () -> catalog.publishedBySlug(procedure.slug())).orElseThrow().version()).isEqualTo(2);
        ProcedureVersion first = in(commune, () -> catalog.version(procedure.id(), 1)).orElseThrow();
        assertThat(first.state()).isEqualTo(VersionState.SUPERSEDED);
        assertThat(first.description().title()).as("a request filled with v1 still shows v1")
                .isEqualTo("Acte de naissance");
    }

    @Test
    void publishingWithoutACompletePrivacyNoticeIsRefusedWithEveryProblemAndChangesNothing() {
        Procedure procedure = in(commune, () -> catalog.createDraft(description("Inscription scolaire"),
                PrivacyNotice.empty(), FORM));

        assertThatThrownBy(() -> in(commune, () -> catalog.publish(procedure.id())))
                .isInstanceOfSatisfying(PublicationRefused.class, refused -> assertThat(refused.problems())
                        .hasSize(4).allMatch(problem -> problem.startsWith("Mention d’information")));
        assertThat(in(commune, () -> catalog.published(null))).isEmpty();
    }

    @Test
    void aMalformedFormIsRefusedAtPublicationWithThePathOfTheError() {
        Procedure procedure = in(commune, () -> catalog.createDraft(description("Subvention aux associations"),
                PRIVACY, "{\"formatVersion\":1,\"pages\":[{\"key\":\"p\",\"title\":\"P\",\"sections\":"
                        + "[{\"key\":\"s\",\"title\":\"S\",\"fields\":[{\"key\":\"f\",\"type\":\"texte\","
                        + "\"label\":\"F\"}]}]}]}"));

        assertThatThrownBy(() -> in(commune, () -> catalog.publish(procedure.id())))
                .isInstanceOfSatisfying(PublicationRefused.class, refused -> assertThat(refused.problems())
                        .anyMatch(problem -> problem.contains("pages[0].sections[0].fields[0].type")));
    }

    @Test
    void theCatalogFiltersByCategoryAndKeywordsIgnoringAccents() {
        publish(commune, "Signalement d’un problème sur la voie publique", Category.VOIRIE_PROPRETE);
        publish(commune, "Réservation d’une salle municipale", Category.VIE_PRATIQUE);

        assertThat(in(commune, () -> catalog.published(Category.VOIRIE_PROPRETE))).hasSize(1);
        assertThat(in(commune, () -> catalogSearch.published(null, "reservation SALLE"))).singleElement()
                .satisfies(s -> assertThat(s.description().category()).isEqualTo(Category.VIE_PRATIQUE));
        assertThat(in(commune, () -> catalog.published(Category.ELECTIONS))).isEmpty();
    }

    @Test
    void oneCommunesCatalogNeverShowsAnothersProcedures() {
        publish(commune, "Inscription au registre des personnes vulnérables", Category.SOCIAL);

        assertThat(in(other, () -> catalog.published(null))).isEmpty();
        assertThat(in(commune, () -> catalog.published(null))).hasSize(1);
    }

    @Test
    void savingTheFormOfAPublishedProcedureOpensADraftThatKeepsTheLatestDescription() {
        Procedure procedure = in(commune, () -> catalog.createDraft(description("Acte de décès"), PRIVACY, FORM));
        in(commune, () -> catalog.publish(procedure.id()));
        String longer = FormJson.write(FormEdits.addField(FormJson.read(FORM), "identite",
                Field.of("prenom", FieldType.SHORT_TEXT, "Prénom").asRequired()));

        in(commune, () -> catalog.editForm(procedure.id(), longer));

        ProcedureVersion draft = in(commune, () -> catalog.latestVersion(procedure.id())).orElseThrow();
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.state()).isEqualTo(VersionState.DRAFT);
        assertThat(draft.description().title()).isEqualTo("Acte de décès");
        assertThat(FormJson.read(draft.formJson()).field("prenom")).isPresent();
        assertThat(FormJson.read(in(commune, () -> catalog.version(procedure.id(), 1)).orElseThrow().formJson())
                .field("prenom")).as("the published version is untouched").isEmpty();
    }

    @Test
    void checkingAFormListsEveryProblemWithoutWritingAnything() {
        String unlabelled = FormJson.write(FormDefinition.of(Page.of("p", "Page",
                Section.of("s", "Section", Field.of("a", FieldType.SINGLE_CHOICE, " ")))));

        assertThat(in(commune, () -> catalog.checkForm(unlabelled))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(in(commune, () -> catalog.checkForm(FORM))).isEmpty();
        assertThat(in(commune, () -> catalog.all())).isEmpty();
    }

    @Test
    void aFormPreviewOpensOnlyInTheTenantThatSharedIt() {
        String token = in(commune, () -> previews.share("Acte de mariage", FormJson.read(FORM)));

        assertThat(in(commune, () -> previews.find(token))).hasValueSatisfying(
                preview -> assertThat(preview.title()).isEqualTo("Acte de mariage"));
        assertThat(in(other, () -> previews.find(token))).isEmpty();
        assertThat(in(other, () -> previews.update(token, "Intrus", FormJson.read(FORM))))
                .as("another tenant gets its own token, never the first one's").isNotEqualTo(token);
        assertThat(in(commune, () -> previews.find(token)).orElseThrow().title()).isEqualTo("Acte de mariage");

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "agent", null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        assertThatThrownBy(() -> in(commune, () -> previews.find(token))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyDesignersMayCreateProcedures() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "agent", null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        assertThatThrownBy(() -> in(commune, () -> catalog.createDraft(description("Test"), PRIVACY, FORM)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void publish(Tenant tenant, String title, Category category) {
        Procedure procedure = in(tenant, () -> catalog.createDraft(
                new ProcedureDescription(title, "Résumé de la démarche.", category, null, null, 10, null), PRIVACY,
                FORM));
        in(tenant, () -> catalog.publish(procedure.id()));
    }

    private static ProcedureDescription description(String title) {
        return new ProcedureDescription(title, "Obtenir une copie intégrale ou un extrait.", Category.ETAT_CIVIL,
                "Toute personne née dans la commune", "Pièce d’identité", 10, "État civil");
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }
}
