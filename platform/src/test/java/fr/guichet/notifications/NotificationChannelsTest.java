package fr.guichet.notifications;

import static fr.guichet.notifications.NotificationOutboxTest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SMS through the default logging provider, and notifications inside the portal. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class NotificationChannelsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    PortalInbox inbox;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    private Tenant commune;

    @BeforeAll
    void commune() throws Exception {
        commune = FreshTerritories.provisionCommune(provisioning, "sms");
    }

    @Test
    void withoutAnSmsProviderTheSmsIsLoggedWithTheNumberMaskedAndCountsAsSent(CapturedOutput output) {
        NotificationId id = TenantContext.supplyAs(commune.asCurrent(), () -> notifications.enqueue(
                Notification.sms("06 12 34 56 78", TemplateKey.REQUEST_RECEIVED, variables())));
        assertThat(jdbc.sql("SELECT recipient || ' ' || body_text FROM platform.notification_outbox WHERE id = ?")
                .param(id.value()).query(String.class).single())
                .isEqualTo("+33612345678 " + commune.officialName() + " : votre demande 2026-000042 a bien été reçue. "
                        + "Suivi : https://example.fr/demandes/2026-000042");

        outbox.deliverDue();

        assertThat(jdbc.sql("SELECT status FROM platform.notification_outbox WHERE id = ?").param(id.value())
                .query(String.class).single()).isEqualTo("SENT");
        assertThat(output.getOut()).contains("SMS " + id + " to +336•••78 from " + commune.officialName()
                + " logged, not sent: no SMS provider is configured").doesNotContain("+33612345678");
    }

    @Test
    void portalNotificationsAreWrittenAtOnceForTheCitizenAndMarkedRead() {
        UUID citizen = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        TenantContext.runAs(commune.asCurrent(), () -> {
            notifications.enqueue(Notification.portal(citizen, TemplateKey.REQUEST_RECEIVED, variables()));
            notifications.enqueue(Notification.portal(citizen, TemplateKey.TOWN_HALL_MESSAGE, Map.of("name",
                    "Jeanne Martin", "reference", "2026-000042", "link", "https://example.fr/demandes/2026-000042",
                    "message", "Merci de joindre un justificatif de domicile.")));
            notifications.enqueue(Notification.portal(someoneElse, TemplateKey.REQUEST_RECEIVED, variables()));
        });

        List<InboxEntry> entries = TenantContext.supplyAs(commune.asCurrent(), () -> inbox.list(citizen, 20));
        assertThat(entries).extracting(InboxEntry::title).containsExactlyInAnyOrder(
                "Votre demande 2026-000042 a bien été reçue",
                "Nouveau message au sujet de votre demande 2026-000042");
        assertThat(entries).filteredOn(e -> e.template() == TemplateKey.TOWN_HALL_MESSAGE).singleElement()
                .satisfies(e -> assertThat(e.body()).contains("Merci de joindre un justificatif de domicile."))
                .satisfies(e -> assertThat(e.link()).isEqualTo("https://example.fr/demandes/2026-000042"));
        assertThat(unread(citizen)).isEqualTo(2);

        NotificationId first = entries.getFirst().id();
        assertThat(TenantContext.supplyAs(commune.asCurrent(), () -> inbox.markRead(someoneElse, first)))
                .as("a citizen cannot mark another's notification").isFalse();
        assertThat(TenantContext.supplyAs(commune.asCurrent(), () -> inbox.markRead(citizen, first))).isTrue();
        assertThat(unread(citizen)).isEqualTo(1);
        assertThat(TenantContext.supplyAs(commune.asCurrent(), () -> inbox.markAllRead(citizen))).isEqualTo(1);
        assertThat(unread(citizen)).isZero();
        assertThat(unread(someoneElse)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.notification_outbox WHERE tenant_id = ? AND "
                + "channel NOT IN ('EMAIL', 'SMS')").param(commune.id().value()).query(Integer.class).single())
                .as("the portal channel never goes through the outbox").isZero();
    }

    private long unread(UUID citizen) {
        return TenantContext.supplyAs(commune.asCurrent(), () -> inbox.unreadCount(citizen));
    }
}
