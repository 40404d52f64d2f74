package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.guichet.tenancy.internal.TenantSchemas;
import fr.guichet.territories.OfficialTerritories;
import fr.guichet.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class TenantProvisioningTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantSchemas schemas;
    @Autowired
    OfficialTerritories territories;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void provisioningAnEpciAndTwoMemberCommunesCreatesActiveTenantsWithTheirSchemaAndHost() throws Exception {
        FreshTerritories.Epci official = FreshTerritories.epci();
        String epciSlug = FreshTerritories.slugFor("epci", official.siren());

        ProvisioningResult epci = provision(ProvisioningRequest.epci(official.siren(), epciSlug));

        assertProvisionedAndServing(epci, epciSlug, TenantKind.EPCI, official.siren(),
                territories.epci(official.siren()).orElseThrow().name(), null);
        for (String insee : official.memberInseeCodes().subList(0, 2)) {
            String slug = FreshTerritories.slugFor("membre", insee);

            ProvisioningResult commune = provision(ProvisioningRequest.commune(insee, slug, epci.tenant().id()));

            assertProvisionedAndServing(commune, slug, TenantKind.COMMUNE, insee,
                    territories.commune(insee).orElseThrow().name(), epci.tenant().id());
        }
    }

    @Test
    void provisioningReportsEachStepInOrder() throws Exception {
        String insee = FreshTerritories.communeCode();
        List<ProvisioningStep> steps = new ArrayList<>();

        asPlatform(() -> provisioning.provision(
                ProvisioningRequest.commune(insee, FreshTerritories.slugFor("etapes", insee), null), steps::add));

        assertThat(steps).containsExactly(ProvisioningStep.values());
    }

    @Test
    void provisioningTheSameCommuneTwiceIsHarmless() throws Exception {
        String insee = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("deux-fois", insee);
        ProvisioningRequest request = ProvisioningRequest.commune(insee, slug, null);
        ProvisioningResult first = provision(request);
        long tenantsAfterFirst = directory.count();
        int migrationsAfterFirst = migrationsRecordedIn(first.tenant().schema());
        events.clear();

        ProvisioningResult second = provision(request);

        assertThat(first.alreadyProvisioned()).isFalse();
        assertThat(second.alreadyProvisioned()).isTrue();
        assertThat(second.tenant()).isEqualTo(directory.findBySlug(slug).orElseThrow());
        assertThat(second.tenant().id()).isEqualTo(first.tenant().id());
        assertThat(second.tenant().version()).isEqualTo(first.tenant().version());
        assertThat(directory.count()).isEqualTo(tenantsAfterFirst);
        assertThat(tenantRowsWithCode(insee)).isEqualTo(1);
        assertThat(hostRowsOf(first.tenant().id())).containsExactly(slug + ".localhost");
        assertThat(migrationsRecordedIn(first.tenant().schema())).isEqualTo(migrationsAfterFirst);
        assertThat(events.stream(TenantProvisioned.class)).isEmpty();
        assertThat(events.stream(TenantChanged.class)).isEmpty();
    }

    @Test
    void aFailureDuringProvisioningLeavesNothingBehindAndARetrySucceeds() throws Exception {
        String insee = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("panne", insee);
        ProvisioningRequest request = ProvisioningRequest.commune(insee, slug, null);
        long tenantsBefore = directory.count();
        ProvisioningProgress failingAfterMigration = step -> {
            if (step == ProvisioningStep.SCHEMA_MIGRATED) {
                throw new IllegalStateException("Panne simulée après la migration");
            }
        };

        assertThatThrownBy(() -> asPlatform(() -> provisioning.provision(request, failingAfterMigration)))
                .isInstanceOf(IllegalStateException.class).hasMessage("Panne simulée après la migration");

        assertNothingWrittenFor(slug, insee);
        assertThat(directory.count()).isEqualTo(tenantsBefore);
        assertThat(events.stream(TenantProvisioned.class)).isEmpty();

        ProvisioningResult retry = provision(request);

        assertThat(retry.alreadyProvisioned()).isFalse();
        assertThat(retry.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(schemas.exists(retry.tenant().schema())).isTrue();
        assertThat(events.stream(TenantProvisioned.class)).hasSize(1);
    }

    @Test
    void anUnknownInseeCodeIsRefusedInFrenchAndNothingIsWritten() {
        String slug = FreshTerritories.slugFor("inconnue", "00000");

        assertRefused(ProvisioningRequest.commune("00000", slug, null),
                "Le code INSEE « 00000 » ne correspond à aucune commune de la liste officielle.");
        assertNothingWrittenFor(slug, "00000");
    }

    @Test
    void anUnknownEpciSirenIsRefusedInFrenchAndNothingIsWritten() {
        String slug = FreshTerritories.slugFor("epci-inconnu", "123456789");

        assertRefused(ProvisioningRequest.epci("123456789", slug),
                "Le numéro SIREN « 123456789 » ne correspond à aucune intercommunalité de la liste officielle.");
        assertThat(directory.findBySlug(slug)).isEmpty();
    }

    @Test
    void slugsWithUpperCaseSpacesOrAccentsAreRefusedInFrenchAndNothingIsWritten() {
        for (String slug : List.of("Mairie", "ma commune", "école", "-tiret", "double--tiret", "")) {
            String insee = FreshTerritories.communeCode();

            assertRefused(ProvisioningRequest.commune(insee, slug, null),
                    "L’identifiant « " + slug + " » n’est pas valide");
            assertNothingWrittenFor(slug, insee);
        }
    }

    @Test
    void theReservedSlugAdminIsRefusedInFrench() {
        String insee = FreshTerritories.communeCode();

        assertRefused(ProvisioningRequest.commune(insee, "admin", null),
                "L’identifiant « admin » est réservé. Choisissez-en un autre.");
        assertNothingWrittenFor("admin", insee);
    }

    @Test
    void aSlugAlreadyTakenByAnotherCommuneIsRefusedInFrench() throws Exception {
        String first = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("pris", first);
        Tenant owner = provision(ProvisioningRequest.commune(first, slug, null)).tenant();
        String second = FreshTerritories.communeCode();
        long tenantsBefore = directory.count();

        assertRefused(ProvisioningRequest.commune(second, slug, null),
                "L’identifiant « " + slug + " » est déjà utilisé par " + owner.officialName());
        assertThat(directory.count()).isEqualTo(tenantsBefore);
        assertThat(directory.findBySlug(slug)).contains(owner);
    }

    @Test
    void aCommuneAlreadyProvisionedUnderAnotherSlugIsRefusedInFrench() throws Exception {
        String insee = FreshTerritories.communeCode();
        Tenant existing = provision(ProvisioningRequest.commune(insee, FreshTerritories.slugFor("deja", insee), null))
                .tenant();
        String otherSlug = FreshTerritories.slugFor("autre", insee);
        long tenantsBefore = directory.count();

        assertRefused(ProvisioningRequest.commune(insee, otherSlug, null),
                "La commune " + existing.officialName() + " est déjà raccordée : son portail répond à l’adresse "
                        + existing.defaultHost() + ".");
        assertNoTraceOfSlug(otherSlug);
        assertThat(tenantRowsWithCode(insee)).isEqualTo(1);
        assertThat(directory.count()).isEqualTo(tenantsBefore);
    }

    @Test
    void aCommuneOutsideTheParentEpciIsRefusedInFrench() throws Exception {
        FreshTerritories.Epci official = FreshTerritories.epci();
        Tenant epci = provision(ProvisioningRequest.epci(official.siren(),
                FreshTerritories.slugFor("interco", official.siren()))).tenant();
        String outsider = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("intruse", outsider);

        assertRefused(ProvisioningRequest.commune(outsider, slug, epci.id()),
                "La commune " + territories.commune(outsider).orElseThrow().name() + " n’est pas membre de "
                        + epci.officialName() + " : une intercommunalité ne peut raccorder que ses communes membres.");
        assertNothingWrittenFor(slug, outsider);
    }

    @Test
    void onlyOperatorsMayProvision() {
        String insee = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("sans-droit", insee);
        ProvisioningRequest request = ProvisioningRequest.commune(insee, slug, null);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> provisioning.provision(request, ProvisioningProgress.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> as(List.of("ROLE_ADMIN", "ROLE_AGENT"),
                () -> provisioning.provision(request, ProvisioningProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);

        assertNothingWrittenFor(slug, insee);
    }

    @Test
    void anEpciAdministratorMayProvisionItsOwnMemberCommunesOnly() throws Exception {
        FreshTerritories.Epci official = FreshTerritories.epci();
        Tenant epci = provision(ProvisioningRequest.epci(official.siren(),
                FreshTerritories.slugFor("perimetre", official.siren()))).tenant();
        FreshTerritories.Epci otherOfficial = FreshTerritories.epci();
        Tenant otherEpci = provision(ProvisioningRequest.epci(otherOfficial.siren(),
                FreshTerritories.slugFor("voisin", otherOfficial.siren()))).tenant();
        List<String> scope = List.of("ROLE_EPCI_ADMIN", OperatorScopes.EPCI_SCOPE + epci.id());
        String member = official.memberInseeCodes().get(0);
        String otherMember = otherOfficial.memberInseeCodes().get(0);

        Tenant provisioned = as(scope, () -> provisioning.provision(
                ProvisioningRequest.commune(member, FreshTerritories.slugFor("membre", member), epci.id()),
                ProvisioningProgress.NONE)).tenant();
        assertThatThrownBy(() -> as(scope, () -> provisioning.provision(ProvisioningRequest.commune(otherMember,
                FreshTerritories.slugFor("hors", otherMember), otherEpci.id()), ProvisioningProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(scope, () -> provisioning.provision(ProvisioningRequest.commune(otherMember,
                FreshTerritories.slugFor("seule", otherMember), null), ProvisioningProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(provisioned.parentId()).isEqualTo(epci.id());
        assertThat(tenantRowsWithCode(otherMember)).isZero();
    }

    @Test
    void anInseeCodeTypedWithSpacesOrInLowerCaseIsProvisionedUnderItsOfficialForm() throws Exception {
        String insee = FreshTerritories.communeCode();
        String slug = FreshTerritories.slugFor("saisie", insee);

        ProvisioningResult result = provision(
                ProvisioningRequest.commune(" " + insee.toLowerCase(Locale.ROOT) + " ", slug, null));
        ProvisioningResult again = provision(ProvisioningRequest.commune(insee, slug, null));

        assertThat(result.tenant().officialCode()).isEqualTo(insee);
        assertThat(again.alreadyProvisioned()).isTrue();
    }

    @Test
    void everyProblemOfARequestIsReportedAtOnce() {
        InvalidTenantRequest refusal = refusal(ProvisioningRequest.commune("00000", "Pas Valide", null));

        assertThat(refusal.problems()).hasSize(2);
        assertThat(refusal.problems().get(0)).contains("code INSEE « 00000 »");
        assertThat(refusal.problems().get(1)).contains("L’identifiant « Pas Valide » n’est pas valide");
    }

    private void assertProvisionedAndServing(ProvisioningResult result, String slug, TenantKind kind, String code,
            String officialName, TenantId parent) {
        Tenant tenant = result.tenant();
        assertThat(result.alreadyProvisioned()).isFalse();
        assertThat(tenant.slug()).isEqualTo(slug);
        assertThat(tenant.kind()).isEqualTo(kind);
        assertThat(tenant.officialCode()).isEqualTo(code);
        assertThat(tenant.officialName()).isEqualTo(officialName);
        assertThat(tenant.parentId()).isEqualTo(parent);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.schema()).isEqualTo("t_" + slug.replace('-', '_'));
        assertThat(tenant.schemaVersion()).isEqualTo(schemas.latestVersion()).isPositive();
        assertThat(tenant.hosts()).containsExactly(slug + ".localhost");
        assertThat(directory.findBySlug(slug)).contains(tenant);
        assertThat(schemas.exists(tenant.schema())).isTrue();
        assertThat(tablesOf(tenant.schema())).contains("agents", "legal_pages");
        assertThat(events.stream(TenantProvisioned.class).filter(e -> e.tenantId().equals(tenant.id())))
                .containsExactly(new TenantProvisioned(tenant.id(), slug, kind, officialName, parent));
    }

    private void assertNothingWrittenFor(String slug, String officialCode) {
        assertNoTraceOfSlug(slug);
        assertThat(tenantRowsWithCode(officialCode)).as("tenant rows with code %s", officialCode).isZero();
    }

    private void assertNoTraceOfSlug(String slug) {
        assertThat(directory.findBySlug(slug)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.tenant_hosts WHERE host = ?")
                .param(slug + ".localhost").query(Integer.class).single()).as("hosts of %s", slug).isZero();
        assertThat(schemaNamed(TenantSchemas.schemaFor(slug))).as("schema of %s", slug).isZero();
    }

    private int tenantRowsWithCode(String officialCode) {
        return jdbc.sql("SELECT count(*) FROM platform.tenants WHERE official_code = ?").param(officialCode)
                .query(Integer.class).single();
    }

    private List<String> hostRowsOf(TenantId tenant) {
        return jdbc.sql("SELECT host FROM platform.tenant_hosts WHERE tenant_id = ?").param(tenant.value())
                .query(String.class).list();
    }

    private int schemaNamed(String schema) {
        return jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?").param(schema)
                .query(Integer.class).single();
    }

    private List<String> tablesOf(String schema) {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ?").param(schema)
                .query(String.class).list();
    }

    private int migrationsRecordedIn(String schema) {
        return jdbc.sql("SELECT count(*) FROM " + schema + ".flyway_schema_history").query(Integer.class).single();
    }

    private void assertRefused(ProvisioningRequest request, String frenchProblem) {
        long tenantsBefore = directory.count();
        InvalidTenantRequest refusal = refusal(request);
        assertThat(refusal.problems()).anySatisfy(problem -> assertThat(problem).startsWith(frenchProblem));
        assertThat(refusal).hasMessageContaining(frenchProblem);
        assertThat(directory.count()).isEqualTo(tenantsBefore);
        assertThat(events.stream(TenantProvisioned.class)).isEmpty();
        assertThat(events.stream(TenantChanged.class)).isEmpty();
    }

    private InvalidTenantRequest refusal(ProvisioningRequest request) {
        events.clear();
        Throwable thrown = catchThrowable(
                () -> asPlatform(() -> provisioning.provision(request, ProvisioningProgress.NONE)));
        assertThat(thrown).isInstanceOf(InvalidTenantRequest.class);
        return (InvalidTenantRequest) thrown;
    }

    private ProvisioningResult provision(ProvisioningRequest request) throws Exception {
        return asPlatform(() -> provisioning.provision(request, ProvisioningProgress.NONE));
    }

    private static <T> T asPlatform(Callable<T> work) throws Exception {
        return OperatorScopes.callAsPlatform(work);
    }

    private static <T> T as(List<String> authorities, Callable<T> work) throws Exception {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operateur@example.fr", null,
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
