package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestSmtpServer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mails go out through a real SMTP server only once their tenant transaction commits, and survive outages. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationOutboxTest {

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
    @Autowired
    @Qualifier("tenantTransactionManager")
    PlatformTransactionManager tenantTransactions;

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.start();

    private Tenant commune;

    @BeforeAll
    void communeAndMailServer() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "courriel");
    }

    @Test
    void aNotificationWhoseTenantTransactionRollsBackIsNeverSent() {
        smtp.serve(mailSender);
        String address = unique("annulee");
        UUID citizen = UUID.randomUUID();
        NotificationId[] ids = new NotificationId[2];

        assertThatThrownBy(() -> TenantContext.runAs(commune.asCurrent(), () -> new TransactionTemplate(
                tenantTransactions).executeWithoutResult(status -> {
                    ids[0] = notifications.enqueue(received(address));
                    ids[1] = notifications.enqueue(Notification.portal(citizen, TemplateKey.REQUEST_RECEIVED,
                            variables()));
                    throw new IllegalStateException("the workflow transition failed");
                }))).hasMessage("the workflow transition failed");
        outbox.deliverDue();

        assertThat(ids).doesNotContainNull();
        assertThat(row(ids[0])).isNull();
        assertThat(smtp.receivedBy(address)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM " + commune.schema() + ".portal_notifications")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCommittedNotificationIsMailedWithTheCommunesFrenchTextAndEscapedHtml() throws Exception {
        smtp.serve(mailSender);
        String address = unique("recue");

        NotificationId id = TenantContext.supplyAs(commune.asCurrent(), () -> notifications.enqueue(
                Notification.email(address, TemplateKey.REQUEST_RECEIVED, Map.of("name", "Jeanne <Martin>",
                        "reference", "2026-000123", "procedure", "Réservation d’une salle",
                        "link", "https://" + commune.defaultHost() + "/demandes/2026-000123"))));
        assertThat(row(id)).isEqualTo("PENDING/0");
        outbox.deliverDue();

        assertThat(row(id)).isEqualTo("SENT/1");
        MimeMessage mail = smtp.receivedBy(address).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Votre demande 2026-000123 a bien été reçue");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@" + commune.defaultHost());
        assertThat(from.getPersonal()).isEqualTo(commune.officialName());
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(TestSmtpServer.text(mail)).contains("Bonjour Jeanne <Martin>,")
                .contains("Votre demande « Réservation d’une salle » a bien été reçue.")
                .contains("https://" + commune.defaultHost() + "/demandes/2026-000123")
                .contains("Cordialement,\n" + commune.officialName());
        assertThat(TestSmtpServer.html(mail)).contains("Bonjour Jeanne &lt;Martin&gt;,")
                .doesNotContain("<Martin>")
                .contains("<a href=\"https://" + commune.defaultHost() + "/demandes/2026-000123\">");
    }

    /** « outbox retry after an SMTP failure ». */
    @Test
    void outboxRetryAfterAnSmtpFailure() throws Exception {
        smtp.serve(mailSender);
        String address = unique("panne");
        NotificationId id = TenantContext.supplyAs(commune.asCurrent(),
                () -> notifications.enqueue(received(address)));
        smtp.stop();
        try {
            Instant now = Instant.now();
            outbox.deliverDue(now);
            Attempt first = attempt(id);
            assertThat(first.status()).isEqualTo("PENDING");
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.lastError()).isEqualTo("Le serveur de messagerie est injoignable.");
            // First retry after about a minute (give or take a quarter), not before.
            assertThat(first.nextAttemptAt()).isBetween(now.plusSeconds(44), now.plusSeconds(76));
            outbox.deliverDue(first.nextAttemptAt().minusSeconds(1));
            assertThat(attempt(id).attempts()).as("not retried before its time").isEqualTo(1);

            outbox.deliverDue(first.nextAttemptAt());
            Attempt second = attempt(id);
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(Duration.between(first.nextAttemptAt(), second.nextAttemptAt()))
                    .as("the delay doubles").isBetween(Duration.ofSeconds(89), Duration.ofSeconds(151));
        } finally {
            smtp.restart();
        }
        assertThat(smtp.receivedBy(address)).isEmpty();

        outbox.deliverDue(attempt(id).nextAttemptAt());

        assertThat(attempt(id).status()).isEqualTo("SENT");
        assertThat(attempt(id).attempts()).isEqualTo(3);
        assertThat(smtp.receivedBy(address)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Votre demande 2026-000042 a bien été reçue"));
    }

    @Test
    void aSendClaimedByANodeThatStoppedMidWayIsSentAfterTheLease() {
        smtp.serve(mailSender);
        String address = unique("reprise");
        NotificationId id = TenantContext.supplyAs(commune.asCurrent(),
                () -> notifications.enqueue(received(address)));
        Instant now = Instant.now();

        // A node claims the row, then dies before sending anything (batch after batch: other tests of this JVM may
        // have left older rows due before it).
        boolean claimedOurs = false;
        for (var batch = outbox.claim(now); !claimedOurs && !batch.isEmpty(); batch = outbox.claim(now)) {
            claimedOurs = batch.stream().anyMatch(claimed -> claimed.message().id().equals(id));
        }
        assertThat(claimedOurs).as("the row was claimed by the node that dies").isTrue();
        outbox.deliverDue(now.plusSeconds(60));
        assertThat(smtp.receivedBy(address)).as("still leased to the dead node").isEmpty();

        outbox.deliverDue(now.plus(Duration.ofMinutes(5)).plusSeconds(1));

        assertThat(smtp.receivedBy(address)).hasSize(1);
        assertThat(row(id)).isEqualTo("SENT/2");
    }

    @Test
    void aSendIsGivenUpAfterItsLastAttemptAndKept() {
        String address = unique("abandon");
        NotificationId id = TenantContext.supplyAs(commune.asCurrent(),
                () -> notifications.enqueue(received(address)));
        smtp.whileUnreachable(mailSender, () -> {
            Instant at = Instant.now();
            for (int attempt = 1; attempt <= 8; attempt++) {
                outbox.deliverDue(at);
                at = attempt(id).nextAttemptAt();
            }
        });
        Attempt last = attempt(id);
        assertThat(last.status()).isEqualTo("FAILED");
        assertThat(last.attempts()).isEqualTo(8);
        assertThat(last.lastError()).isEqualTo("Le serveur de messagerie est injoignable.");

        outbox.deliverDue(Instant.now().plus(Duration.ofDays(1)));
        assertThat(attempt(id).attempts()).as("never retried on its own").isEqualTo(8);
    }

    @Test
    void aRecipientThatIsNotAnEmailAddressIsRefusedInFrench() {
        assertThatThrownBy(() -> Notification.email("jeanne.martin", TemplateKey.REQUEST_RECEIVED, variables()))
                .isInstanceOf(InvalidRecipient.class)
                .hasMessage("L’adresse électronique « jeanne.martin » n’est pas valide.");
        assertThatThrownBy(() -> Notification.sms("06 12 34", TemplateKey.REQUEST_RECEIVED, variables()))
                .isInstanceOf(InvalidRecipient.class).hasMessageContaining("10 chiffres");
    }

    @Test
    void aCallerMustGiveExactlyTheTemplatesVariables() {
        assertThatThrownBy(() -> TenantContext.runAs(commune.asCurrent(), () -> notifications.enqueue(
                Notification.email(unique("variables"), TemplateKey.REQUEST_RECEIVED, Map.of("name", "Jeanne")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REQUEST_RECEIVED");
    }

    private Notification received(String address) {
        return Notification.email(address, TemplateKey.REQUEST_RECEIVED, variables());
    }

    static Map<String, String> variables() {
        return Map.of("name", "Jeanne Martin", "reference", "2026-000042", "procedure", "Inscription scolaire",
                "link", "https://example.fr/demandes/2026-000042");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@usagers.example";
    }

    private String row(NotificationId id) {
        return jdbc.sql("SELECT status || '/' || attempts FROM platform.notification_outbox WHERE id = ?")
                .param(id.value()).query(String.class).optional().orElse(null);
    }

    private Attempt attempt(NotificationId id) {
        return jdbc.sql("SELECT status, attempts, last_error, next_attempt_at FROM platform.notification_outbox "
                + "WHERE id = ?").param(id.value()).query((rs, n) -> new Attempt(rs.getString("status"),
                rs.getInt("attempts"), rs.getString("last_error"),
                rs.getTimestamp("next_attempt_at").toInstant().truncatedTo(ChronoUnit.MICROS))).single();
    }

    record Attempt(String status, int attempts, String lastError, Instant nextAttemptAt) {
    }
}
