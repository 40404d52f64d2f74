package fr.guichet.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.ProcedureStatus;
import fr.guichet.catalog.TemplateLibrary;
import fr.guichet.catalog.TemplateOrigin;
import fr.guichet.catalog.TemplateSource;
import fr.guichet.catalog.VersionState;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.ProvisioningProgress;
import fr.guichet.tenancy.ProvisioningRequest;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
class SharedTemplatesTest {

    private static final PrivacyNotice PRIVACY = new PrivacyNotice("Instruire les demandes de composteurs.",
            LegalBasis.PUBLIC_TASK, "Deux ans après la remise du composteur.", "Service de gestion des déchets.");

    @Autowired
    SharedTemplates shared;
    @Autowired
    Catalog catalog;
    @Autowired
    TemplateLibrary library;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    private Tenant epci;
    private Tenant member;
    private Tenant otherMember;
    private Tenant outsider;

    @BeforeEach
    void anEpciWithTwoMembersAndACommuneOutsideIt() throws Exception {
        FreshTerritories.Epci official = FreshTerritories.epci();
        epci = provision(ProvisioningRequest.epci(official.siren(), FreshTerritories.slugFor("partage",
                official.siren())));
        member = member(official.memberInseeCodes().get(0));
        otherMember = member(official.memberInseeCodes().get(1));
        outsider = FreshTerritories.provisionCommune(provisioning, "hors-epci");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void bothMembersSeeTheEpcisTemplateAndACommuneOutsideItNeverDoesNotEvenById() {
        UUID procedure = publishInEpci("Demande de composteur");

        SharedTemplate template = asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));

        assertThat(template.version()).isEqualTo(1);
        assertThat(template.title()).isEqualTo("Demande de composteur");
        assertThat(template.publishedBy()).isEqualTo("admin@" + epci.slug());
        for (Tenant commune : List.of(member, otherMember)) {
            OfferedTemplates offered = asDesigner(commune, shared::offered).orElseThrow();
            assertThat(offered.epciName()).isEqualTo(epci.officialName());
            assertThat(offered.templates()).extracting(SharedTemplate::id).containsExactly(template.id());
        }
        assertThat(asDesigner(outsider, shared::offered)).isEmpty();
        assertThatThrownBy(() -> asDesigner(outsider, () -> shared.instantiate(template.id())))
                .isInstanceOf(SharingRefused.class).hasMessage("Ce modèle n’est pas proposé à votre commune.");
        assertThat(asDesigner(outsider, catalog::all)).isEmpty();
        assertThat(asEpciAdmin(epci, () -> shared.sharedBy(epci.id()))).extracting(SharedTemplate::id)
                .containsExactly(template.id());
    }

    @Test
    void aLaterVersionIsOfferedToTheMemberThatTookTheTemplateAndApplyingItOpensADraftWhileThePublishedOneStays() {
        UUID procedure = publishInEpci("Demande de composteur");
        SharedTemplate v1 = asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));
        Procedure own = asDesigner(member, () -> shared.instantiate(v1.id()));
        asDesigner(member, () -> catalog.publish(own.id()));
        assertThat(asDesigner(member, () -> catalog.templateLinks())).singleElement()
                .satisfies(link -> assertThat(link.origin()).isEqualTo(TemplateOrigin.epci(v1.id(),
                        v1.content().key(), 1)));
        assertThat(asDesigner(member, shared::updatesOffered)).isEmpty();

        editInEpci(procedure, "Demande de composteur individuel");
        SharedTemplate v2 = asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));

        assertThat(v2.id()).isEqualTo(v1.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.sourceVersion()).isEqualTo(2);
        assertThat(asDesigner(member, shared::updatesOffered)).containsExactlyEntriesOf(java.util.Map.of(own.id(), 2));
        assertThat(asDesigner(member, () -> catalog.published(null))).singleElement()
                .satisfies(s -> assertThat(s.description().title()).as("nothing is applied for the commune")
                        .isEqualTo("Demande de composteur"));

        asDesigner(member, () -> shared.applyUpdate(own.id()));

        Procedure updated = asDesigner(member, () -> catalog.publishedProcedure(own.id())).orElseThrow();
        assertThat(updated.published().orElseThrow().description().title()).isEqualTo("Demande de composteur");
        assertThat(updated.draft().orElseThrow().description().title()).isEqualTo("Demande de composteur individuel");
        assertThat(updated.draft().orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        assertThat(updated.origin().orElseThrow().version()).isEqualTo(2);
        assertThat(asDesigner(member, shared::updatesOffered)).isEmpty();

        Procedure direct = asDesigner(otherMember, () -> shared.instantiate(v1.id()));
        assertThat(direct.latest().description().title()).as("the other member takes the latest version at once")
                .isEqualTo("Demande de composteur individuel");
        assertThat(direct.origin().orElseThrow().version()).isEqualTo(2);
        assertThat(asDesigner(otherMember, shared::updatesOffered)).isEmpty();
    }

    @Test
    void publishingAgainWithoutAChangeAddsNoVersion() {
        UUID procedure = publishInEpci("Demande de composteur");
        SharedTemplate first = asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));

        SharedTemplate again = asOperator(() -> shared.publishToMembers(epci.id(), procedure));

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.shared_template_versions WHERE template_id = ?")
                .param(first.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDismissedVersionIsNoLongerOfferedButALaterOneIs() {
        UUID procedure = publishInEpci("Demande de composteur");
        SharedTemplate v1 = asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));
        Procedure own = asDesigner(member, () -> shared.instantiate(v1.id()));
        editInEpci(procedure, "Composteur : demande");
        asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));

        asDesigner(member, () -> shared.dismissUpdate(own.id()));

        assertThat(asDesigner(member, shared::updatesOffered)).isEmpty();
        assertThatThrownBy(() -> asDesigner(member, () -> shared.applyUpdate(own.id())))
                .isInstanceOf(SharingRefused.class)
                .hasMessage("Aucune nouvelle version du modèle n’est proposée pour cette démarche.");
        editInEpci(procedure, "Composteur : la demande");
        asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure));
        assertThat(asDesigner(member, shared::updatesOffered)).containsEntry(own.id(), 3);
    }

    @Test
    void theAdministratorOfAnotherEpciIsRefused() throws Exception {
        UUID procedure = publishInEpci("Demande de composteur");
        FreshTerritories.Epci official = FreshTerritories.epci();
        Tenant another = provision(ProvisioningRequest.epci(official.siren(), FreshTerritories.slugFor("autre",
                official.siren())));

        assertThatThrownBy(() -> asEpciAdmin(another, () -> shared.publishToMembers(epci.id(), procedure)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asEpciAdmin(another, () -> shared.publishable(epci.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asEpciAdmin(another, () -> shared.sharedBy(epci.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDesigner(member, () -> shared.publishToMembers(epci.id(), procedure)))
                .as("a commune's designer is no administrator").isInstanceOf(AccessDeniedException.class);
        assertThat(asOperator(() -> shared.sharedBy(epci.id()))).isEmpty();
    }

    @Test
    void aProcedureThatIsNotOnlineIsRefusedInFrench() {
        Procedure draft = in(epci, () -> asDesigner(() -> catalog.createDraft(description("Brouillon"), PRIVACY,
                form())));
        UUID closed = publishInEpci("Démarche fermée");
        in(epci, () -> asDesigner(() -> catalog.close(closed)));
        String refusal = "Seule une démarche en ligne dans le catalogue de l’intercommunalité peut être proposée aux "
                + "communes membres : publiez-la d’abord depuis son espace agents.";

        for (UUID procedure : List.of(draft.id(), closed, UUID.randomUUID())) {
            assertThatThrownBy(() -> asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure)))
                    .isInstanceOf(SharingRefused.class).hasMessage(refusal);
        }
        assertThat(asEpciAdmin(epci, () -> shared.sharedBy(epci.id()))).isEmpty();
        assertThat(asEpciAdmin(epci, () -> shared.publishable(epci.id()))).isEmpty();
    }

    @Test
    void aPublishedProcedureWhosePrivacyNoticeIsIncompleteIsRefusedInFrench() {
        UUID procedure = publishInEpci("Demande de composteur");
        // a procedure published before the notice was required: only SQL can make one today
        jdbc.sql("UPDATE " + epci.schema() + ".procedure_versions SET privacy_recipients = NULL WHERE procedure_id = ?")
                .param(procedure).update();

        assertThatThrownBy(() -> asEpciAdmin(epci, () -> shared.publishToMembers(epci.id(), procedure)))
                .isInstanceOf(SharingRefused.class)
                .hasMessageStartingWith("Cette démarche ne peut pas être proposée aux communes membres tant que sa "
                        + "mention d’information est incomplète.")
                .hasMessageContaining("indiquez les destinataires des données");
        assertThat(asEpciAdmin(epci, () -> shared.sharedBy(epci.id()))).isEmpty();
    }

    @Test
    void aCommuneIsNoTemplateOwner() {
        assertThatThrownBy(() -> asOperator(() -> shared.publishToMembers(member.id(), UUID.randomUUID())))
                .isInstanceOf(SharingRefused.class)
                .hasMessage("Seule une intercommunalité peut proposer des modèles à des communes membres.");
    }

    @Test
    void platformTemplatesRecordTheirOriginAndAreNeverOffered() {
        var template = library.find("signalement-voie-publique").orElseThrow();

        Procedure procedure = in(member, () -> asDesigner(() -> catalog.instantiate(template)));

        assertThat(procedure.origin()).contains(TemplateOrigin.platform("signalement-voie-publique"));
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.DRAFT);
        assertThat(asDesigner(member, () -> catalog.templateLinks())).singleElement()
                .satisfies(link -> assertThat(link.origin().source()).isEqualTo(TemplateSource.PLATFORM));
        assertThat(asDesigner(member, shared::updatesOffered)).isEmpty();
    }

    private UUID publishInEpci(String title) {
        return in(epci, () -> asDesigner(() -> {
            Procedure draft = catalog.createDraft(description(title), PRIVACY, form());
            return catalog.publish(draft.id()).id();
        }));
    }

    private void editInEpci(UUID procedure, String title) {
        in(epci, () -> asDesigner(() -> {
            catalog.edit(procedure, description(title), PRIVACY, form());
            return catalog.publish(procedure);
        }));
    }

    private static ProcedureDescription description(String title) {
        return new ProcedureDescription(title, "Recevez un composteur pour vos déchets de cuisine et de jardin.",
                Category.VOIRIE_PROPRETE, null, null, 30, "Service déchets");
    }

    private static String form() {
        return FormJson.write(FormDefinition.of(Page.of("demandeur", "Vous", Section.of("identite", "Votre identité",
                Field.of("nom", FieldType.SHORT_TEXT, "Nom").asRequired()))));
    }

    private Tenant member(String insee) throws Exception {
        return provision(ProvisioningRequest.commune(insee, FreshTerritories.slugFor("membre", insee), epci.id()));
    }

    private Tenant provision(ProvisioningRequest request) throws Exception {
        return OperatorScopes.callAsPlatform(() -> provisioning.provision(request, ProvisioningProgress.NONE))
                .tenant();
    }

    private static <T> T asDesigner(Tenant commune, Supplier<T> work) {
        return in(commune, () -> asDesigner(work));
    }

    private static <T> T asDesigner(Supplier<T> work) {
        return as("conceptrice", work, "ROLE_DESIGNER");
    }

    private static <T> T asEpciAdmin(Tenant epci, Supplier<T> work) {
        return as("admin@" + epci.slug(), work, "ROLE_EPCI_ADMIN", OperatorScopes.EPCI_SCOPE + epci.id());
    }

    private static <T> T asOperator(Supplier<T> work) {
        return as("operatrice", work, "ROLE_OPERATOR");
    }

    private static <T> T as(String name, Supplier<T> work, String... authorities) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static <T> T in(Tenant tenant, Supplier<T> work) {
        return TenantContext.supplyAs(tenant.asCurrent(), work);
    }
}
