package fr.guichet.notifications;

import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Sends notifications to citizens. {@link #enqueue} joins the caller's tenant transaction: a workflow transition and
 * its notification commit or roll back together. E-mails and SMS are rendered now and delivered later by
 * {@link NotificationOutbox}; portal notifications are written at once.
 */
@Service
public class Notifications {

    private final TemplateSource templates;
    private final OutboxWriter outbox;
    private final PortalNotificationRepository portal;
    private final TenantDirectory tenants;
    private final NotificationsProperties properties;
    private final Clock clock;

    Notifications(TemplateSource templates, OutboxWriter outbox, PortalNotificationRepository portal,
            TenantDirectory tenants, NotificationsProperties properties, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.portal = portal;
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Renders {@code notification} with the current tenant's template and queues it in the current tenant
     * transaction (or a new one).
     *
     * @throws IllegalArgumentException when the variables given are not exactly those of the template
     */
    @TenantTransactional
    public NotificationId enqueue(Notification notification) {
        Tenant tenant = tenants.current();
        TemplateKey key = notification.template();
        Map<String, String> values = values(notification, tenant);
        TemplateText text = templates.effective(key).text();
        NotificationId id = NotificationId.random();
        Instant now = clock.instant();
        switch (notification.channel()) {
            case PORTAL -> portal.save(new PortalNotification(id, citizen(notification), key,
                    TemplateSyntax.renderLine(text.subject(), values), TemplateSyntax.render(text.body(), values),
                    values.get("link"), now));
            case EMAIL -> outbox.add(new OutboxMessage(id, tenant.id(), Channel.EMAIL, notification.recipient(), key,
                    properties.senderAddress().replace("{host}", tenant.defaultHost()), tenant.officialName(),
                    TemplateSyntax.renderLine(text.subject(), values), TemplateSyntax.render(text.body(), values),
                    TemplateSyntax.renderHtml(text.body(), values)), now);
            case SMS -> outbox.add(new OutboxMessage(id, tenant.id(), Channel.SMS, notification.recipient(), key, null,
                    tenant.officialName(), null, TemplateSyntax.renderLine(text.sms(), values), null), now);
        }
        return id;
    }

    /**
     * The subject and text {@code notification} would have with the current tenant's template, without sending it:
     * what a letter to post says.
     */
    @TenantTransactional(readOnly = true)
    public RenderedNotice render(Notification notification) {
        Map<String, String> values = values(notification, tenants.current());
        TemplateText text = templates.effective(notification.template()).text();
        return new RenderedNotice(TemplateSyntax.renderLine(text.subject(), values),
                TemplateSyntax.render(text.body(), values));
    }

    private static Map<String, String> values(Notification notification, Tenant tenant) {
        Set<String> expected = new HashSet<>(notification.template().variables());
        expected.remove(TemplateKey.COMMUNE);
        if (!notification.variables().keySet().equals(expected)) {
            throw new IllegalArgumentException("Template " + notification.template() + " takes the variables "
                    + expected + " (commune is added), not " + notification.variables().keySet());
        }
        Map<String, String> values = new HashMap<>(notification.variables());
        values.put(TemplateKey.COMMUNE, tenant.officialName());
        return values;
    }

    private static UUID citizen(Notification notification) {
        try {
            return UUID.fromString(notification.recipient());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecipient("Le destinataire d’une notification du portail est un identifiant d’usager.");
        }
    }
}
