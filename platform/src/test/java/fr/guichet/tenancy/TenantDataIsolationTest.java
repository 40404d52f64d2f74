package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.legal.LegalPageKind;
import fr.guichet.legal.LegalPageText;
import fr.guichet.legal.LegalPages;
import fr.guichet.testsupport.IntegrationTest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TenantDataIsolationTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    AgentAccounts agents;
    @Autowired
    LegalPages legalPages;
    @Autowired
    JdbcClient jdbc;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(1);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        TenantContext.clear();
    }

    @Test
    void theSameAgentEmailInTwoCommunesGivesTwoSeparateAccounts() throws Exception {
        Tenant a = FreshTerritories.provisionCommune(provisioning, "agents-a");
        Tenant b = FreshTerritories.provisionCommune(provisioning, "agents-b");
        String email = "secretariat-" + UUID.randomUUID() + "@mairie.example.fr";

        TenantContext.runAs(a.asCurrent(), () -> agents.ensureAgent(email, "Secrétariat A", "mot-de-passe-A-123",
                Set.of(AgentRole.ADMIN)));
        TenantContext.runAs(b.asCurrent(), () -> agents.ensureAgent(email, "Secrétariat B", "mot-de-passe-B-456",
                Set.of(AgentRole.AGENT)));
        TenantContext.runAs(a.asCurrent(), () -> agents.ensureAgent(email.toUpperCase(), "Doublon", "mot-de-passe-A-789",
                Set.of(AgentRole.AGENT)));

        assertThat(TenantContext.callAs(a.asCurrent(), () -> agents.list().size())).isEqualTo(1);
        assertThat(TenantContext.callAs(b.asCurrent(), () -> agents.list().size())).isEqualTo(1);
        AgentRow inA = agentIn(a, email);
        AgentRow inB = agentIn(b, email);
        assertThat(inA.id()).isNotEqualTo(inB.id());
        assertThat(inA.displayName()).isEqualTo("Secrétariat A");
        assertThat(inA.roles()).isEqualTo("ADMIN");
        assertThat(inB.displayName()).isEqualTo("Secrétariat B");
        assertThat(inB.roles()).isEqualTo("AGENT");
        assertThat(inA.passwordHash()).startsWith("{argon2}").isNotEqualTo(inB.passwordHash());
        assertThat(jdbc.sql("SELECT count(*) FROM tenant_template.agents").query(Integer.class).single()).isZero();
    }

    @Test
    void tenantDataAccessedWithNoTenantInContextFailsLoudly() {
        TenantContext.clear();

        Throwable read = catchThrowable(() -> legalPages.read(LegalPageKind.MENTIONS_LEGALES));
        Throwable count = catchThrowable(agents::list);

        assertFailsForLackOfTenant(read);
        assertFailsForLackOfTenant(count);
    }

    @Test
    void aPooledThreadDoesNotInheritTheTenantOfItsSubmitter() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "pool");
        pool.submit(() -> { }).get(); // the pool's thread exists before any tenant is bound
        AtomicReference<Optional<CurrentTenant>> seen = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        TenantContext.runAs(tenant.asCurrent(), () -> await(pool.submit(() -> {
            seen.set(TenantContext.current());
            failure.set(catchThrowable(() -> legalPages.read(LegalPageKind.ACCESSIBILITE)));
        })));

        assertThat(seen.get()).isEmpty();
        assertFailsForLackOfTenant(failure.get());
    }

    @Test
    void aNewThreadDoesNotInheritTheTenantOfItsCreatorEither() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "fil");
        AtomicReference<Optional<CurrentTenant>> seen = new AtomicReference<>();

        TenantContext.runAs(tenant.asCurrent(), () -> {
            Thread thread = Thread.ofPlatform().start(() -> seen.set(TenantContext.current()));
            join(thread);
        });

        assertThat(seen.get()).isEmpty();
    }

    @Test
    void wrappedWorkRunsForTheSubmittersTenantAndLeavesThePooledThreadClean() throws Exception {
        Tenant tenant = FreshTerritories.provisionCommune(provisioning, "wrap");
        AtomicReference<Optional<CurrentTenant>> seen = new AtomicReference<>();
        AtomicReference<LegalPageText> page = new AtomicReference<>();

        TenantContext.runAs(tenant.asCurrent(), () -> await(pool.submit(TenantContext.wrap(() -> {
            seen.set(TenantContext.current());
            page.set(legalPages.read(LegalPageKind.MENTIONS_LEGALES));
        }))));
        Optional<CurrentTenant> afterwards = pool.submit(TenantContext::current).get();

        assertThat(seen.get()).contains(tenant.asCurrent());
        assertThat(page.get().customised()).isFalse();
        assertThat(page.get().body()).contains(tenant.officialName());
        assertThat(afterwards).isEmpty();
    }

    @Test
    void runAsRestoresThePreviousTenantEvenWhenTheWorkFails() throws Exception {
        Tenant outer = FreshTerritories.provisionCommune(provisioning, "dehors");
        Tenant inner = FreshTerritories.provisionCommune(provisioning, "dedans");

        TenantContext.runAs(outer.asCurrent(), () -> {
            Throwable failure = catchThrowable(() -> TenantContext.runAs(inner.asCurrent(), () -> {
                throw new IllegalStateException("échec");
            }));
            assertThat(failure).hasMessage("échec");
            assertThat(TenantContext.current()).contains(outer.asCurrent());
            assertThat(legalPages.read(LegalPageKind.MENTIONS_LEGALES).body()).contains(outer.officialName());
        });

        assertThat(TenantContext.current()).isEmpty();
    }

    static void assertFailsForLackOfTenant(Throwable failure) {
        assertThat(failure).as("tenant data access without tenant").isNotNull();
        assertThat(failure).satisfiesAnyOf(
                e -> assertThat(e).isInstanceOf(NoTenantInContext.class),
                e -> assertThat(e).hasRootCauseInstanceOf(NoTenantInContext.class));
    }

    private AgentRow agentIn(Tenant tenant, String email) {
        return jdbc.sql("SELECT id, display_name, roles, password_hash FROM " + tenant.schema() + ".agents"
                        + " WHERE email = ?").param(email)
                .query((rs, n) -> new AgentRow(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("roles"), rs.getString("password_hash"))).single();
    }

    private record AgentRow(UUID id, String displayName, String roles, String passwordHash) {
    }

    private static void await(java.util.concurrent.Future<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
