package fr.guichet.notifications;

import static fr.guichet.notifications.NotificationOutboxTest.unique;
import static fr.guichet.notifications.NotificationOutboxTest.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestSecurity;
import fr.guichet.testsupport.TestSmtpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;

/** Administrators see their own commune's failed sends, masked, and try them again. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationFailuresTest {

    @Autowired
    NotificationFailures failures;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    JdbcClient jdbc;

    private Tenant a;
    private Tenant b;
    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.start();

    @BeforeAll
    void twoCommunes() throws Exception {
        a = FreshTerritories.provisionCommune(provisioning, "echecs-a");
        b = FreshTerritories.provisionCommune(provisioning, "echecs-b");
    }

    @BeforeEach
    void signInAsAdministrator() {
        TestSecurity.signInAs("admin@mairie.example.fr", "ROLE_ADMIN");
    }

    @AfterEach
    void signOut() {
        TestSecurity.signOut();
    }

    @Test
    void anAdministratorListsOnlyTheirCommunesFailuresWithRecipientsMasked() {
        String toA = unique("jeanne.martin");
        String toB = unique("paul.durand");
        NotificationId failedInA = enqueue(a, toA);
        NotificationId failedInB = enqueue(b, toB);
        failAll(failedInA, failedInB);
        NotificationId retryingInA = enqueue(a, unique("retry"));
        smtp.whileUnreachable(mailSender, outbox::deliverDue);

        List<FailedDelivery> listedInA = TenantContext.supplyAs(a.asCurrent(), () -> failures.list());

        assertThat(listedInA).extracting(FailedDelivery::id).contains(failedInA, retryingInA).doesNotContain(failedInB);
        FailedDelivery failed = listedInA.stream().filter(f -> f.id().equals(failedInA)).findFirst().orElseThrow();
        assertThat(failed.maskedRecipient()).isEqualTo("j•••@usagers.example");
        assertThat(failed.channel()).isEqualTo(Channel.EMAIL);
        assertThat(failed.template()).isEqualTo(TemplateKey.REQUEST_RECEIVED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.givenUp()).isTrue();
        assertThat(failed.lastError()).isEqualTo("Le serveur de messagerie est injoignable.");
        assertThat(listedInA.stream().filter(f -> f.id().equals(retryingInA)).findFirst().orElseThrow().givenUp())
                .isFalse();
        assertThat(TenantContext.supplyAs(b.asCurrent(), () -> failures.list())).extracting(FailedDelivery::id)
                .containsExactly(failedInB);
        assertThat(TenantContext.supplyAs(a.asCurrent(), () -> failures.countFailed())).isEqualTo(1);
    }

    @Test
    void retryingAFailedSendSendsItAtTheNextRunAndOnlyForItsOwnCommune() {
        String address = unique("nouvel-essai");
        NotificationId id = enqueue(a, address);
        failAll(id);

        assertThat(TenantContext.supplyAs(b.asCurrent(), () -> failures.retry(id)))
                .as("another commune's administrator cannot touch it").isFalse();
        assertThat(TenantContext.supplyAs(a.asCurrent(), () -> failures.retry(id))).isTrue();
        smtp.serve(mailSender);
        outbox.deliverDue();

        assertThat(smtp.receivedBy(address)).hasSize(1);
        assertThat(TenantContext.supplyAs(a.asCurrent(), () -> failures.list())).extracting(FailedDelivery::id)
                .doesNotContain(id);
    }

    @Test
    void onlyAdministratorsSeeFailures() {
        TestSecurity.signInAs("agent@mairie.example.fr", "ROLE_AGENT");

        assertThatThrownBy(() -> TenantContext.runAs(a.asCurrent(), () -> failures.list()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private NotificationId enqueue(Tenant tenant, String address) {
        return TenantContext.supplyAs(tenant.asCurrent(), () -> notifications.enqueue(
                Notification.email(address, TemplateKey.REQUEST_RECEIVED, variables())));
    }

    /** Runs every attempt of these sends against a port where no SMTP server listens. */
    private void failAll(NotificationId... ids) {
        smtp.whileUnreachable(mailSender, () -> {
            for (int day = 0; day < 8; day++) {
                outbox.deliverDue(Instant.now().plus(Duration.ofDays(day)));
            }
        });
        for (NotificationId id : ids) {
            assertThat(jdbc.sql("SELECT status FROM platform.notification_outbox WHERE id = ?").param(id.value())
                    .query(String.class).single()).isEqualTo("FAILED");
        }
    }
}
