package fr.guichet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.forms.FormJson;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
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
class ProcedureFilesTest {

    @Autowired
    Catalog catalog;
    @Autowired
    ProcedureFiles files;
    @Autowired
    TemplateLibrary library;
    @Autowired
    TenantProvisioning provisioning;

    private Tenant source;
    private Tenant target;

    @BeforeEach
    void twoCommunesAndADesigner() throws Exception {
        source = FreshTerritories.provisionCommune(provisioning, "export");
        target = FreshTerritories.provisionCommune(provisioning, "import");
        signIn("ROLE_DESIGNER");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProcedureExportedFromOneCommuneBecomesADraftOfAnotherThatLeavesTheFirstUnchanged() {
        Procedure original = in(source, () -> catalog.instantiate(library.find("inscription-scolaire").orElseThrow()));
        in(source, () -> catalog.publish(original.id()));
        assertThat(in(target, () -> catalog.all())).as("not in the other commune before the import").isEmpty();

        ProcedureFile exported = in(source, () -> files.export(original.id())).orElseThrow();
        Procedure imported = in(target, () -> files.importFile(bytes(exported.toJson())));

        assertThat(exported.fileName()).isEqualTo(original.slug() + ".demarche.json");
        assertThat(imported.status()).isEqualTo(ProcedureStatus.DRAFT);
        assertThat(imported.slug()).isEqualTo(original.slug());
        ProcedureVersion copy = imported.latest();
        ProcedureVersion from = original.latest();
        assertThat(copy.number()).isEqualTo(1);
        assertThat(copy.state()).isEqualTo(VersionState.DRAFT);
        assertThat(copy.description()).isEqualTo(from.description());
        assertThat(copy.privacy()).isEqualTo(from.privacy());
        assertThat(copy.formJson()).isEqualTo(from.formJson());
        assertThat(FormJson.read(copy.formJson())).isEqualTo(FormJson.read(from.formJson()));
        assertThat(in(target, () -> catalog.published(null))).as("never published directly").isEmpty();
        assertThat(in(target, () -> catalog.all())).singleElement()
                .satisfies(o -> assertThat(o.title()).isEqualTo(from.description().title()));

        assertThat(in(source, () -> catalog.all())).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(original.id());
            assertThat(o.status()).isEqualTo(ProcedureStatus.PUBLISHED);
            assertThat(o.hasDraft()).isFalse();
        });
        assertThat(in(source, () -> catalog.published(null))).hasSize(1);
        in(target, () -> catalog.publish(imported.id()));
        assertThat(in(target, () -> catalog.published(null))).hasSize(1);
    }

    @Test
    void aGivenVersionOrTheDraftBeingWorkedOnIsExported() {
        ProcedureTemplate template = library.find("signalement-voie-publique").orElseThrow();
        Procedure procedure = in(source, () -> catalog.instantiate(template));
        in(source, () -> catalog.publish(procedure.id()));
        ProcedureDescription renamed = new ProcedureDescription("Signaler un problème de voirie",
                template.description().summary(), template.description().category(), null, null, 3, null);
        in(source, () -> catalog.edit(procedure.id(), renamed, PrivacyNotice.empty(), template.formJson()));

        ProcedureFile draft = in(source, () -> files.export(procedure.id())).orElseThrow();
        ProcedureFile first = in(source, () -> files.export(procedure.id(), 1)).orElseThrow();

        assertThat(draft.description()).isEqualTo(renamed);
        assertThat(draft.privacy()).isEqualTo(PrivacyNotice.empty());
        assertThat(first.description()).isEqualTo(template.description());
        assertThat(in(source, () -> files.export(procedure.id(), 3))).isEmpty();
        assertThat(in(target, () -> files.export(procedure.id()))).as("another commune's procedure").isEmpty();

        Procedure imported = in(target, () -> files.importFile(bytes(draft.toJson())));
        assertThat(imported.latest().privacy()).as("an incomplete notice moves as a draft").isEqualTo(draft.privacy());
        assertThatThrownBy(() -> in(target, () -> catalog.publish(imported.id())))
                .isInstanceOf(PublicationRefused.class);
    }

    @Test
    void importingTheSameFileTwiceGivesTwoDraftsWithDistinctSlugs() {
        Procedure original = in(source, () -> catalog.instantiate(library.find("subvention-association").orElseThrow()));
        byte[] file = bytes(in(source, () -> files.export(original.id())).orElseThrow().toJson());

        Procedure first = in(target, () -> files.importFile(file));
        Procedure second = in(target, () -> files.importFile(file));

        assertThat(first.slug()).isEqualTo(original.slug());
        assertThat(second.slug()).isEqualTo(original.slug() + "-2");
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndWritesNothing() {
        Procedure original = in(source, () -> catalog.instantiate(library.find("inscription-scolaire").orElseThrow()));
        String json = in(source, () -> files.export(original.id())).orElseThrow().toJson()
                .replace("\"ENFANCE_ECOLE\"", "\"ECOLE\"").replace("\"short_text\"", "\"texte\"");

        assertThatThrownBy(() -> in(target, () -> files.importFile(bytes(json))))
                .isInstanceOfSatisfying(InvalidProcedureFile.class, refused -> assertThat(refused.problems())
                        .anyMatch(p -> p.startsWith("description.category : « ECOLE » n’est pas une catégorie connue"))
                        .anyMatch(p -> p.matches("form\\.pages\\[\\d].*\\.type : type de champ inconnu « texte »")));
        assertThat(in(target, () -> catalog.all())).isEmpty();
    }

    @Test
    void onlyDesignersMayExportOrImport() {
        Procedure original = in(source, () -> catalog.instantiate(library.all().getFirst()));
        byte[] file = bytes(in(source, () -> files.export(original.id())).orElseThrow().toJson());
        signIn("ROLE_AGENT");

        assertThatThrownBy(() -> in(source, () -> files.export(original.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(target, () -> files.importFile(file))).isInstanceOf(AccessDeniedException.class);
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "conceptrice", null, AuthorityUtils.createAuthorityList(role)));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }
}
