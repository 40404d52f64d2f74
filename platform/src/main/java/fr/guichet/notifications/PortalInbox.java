package fr.guichet.notifications;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * The notifications a citizen finds in the portal, newest first. The caller passes the signed-in citizen's id: a
 * citizen only ever reads and marks their own.
 */
@Service
public class PortalInbox {

    private static final int MAX_LIST = 200;

    private final PortalNotificationRepository notifications;
    private final Clock clock;

    PortalInbox(PortalNotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    public List<InboxEntry> list(UUID citizenId, int limit) {
        return notifications.findByCitizenIdOrderByCreatedAtDesc(citizenId, Limit.of(Math.clamp(limit, 1, MAX_LIST)))
                .stream().map(PortalNotification::entry).toList();
    }

    @TenantTransactional(readOnly = true)
    public long unreadCount(UUID citizenId) {
        return notifications.countByCitizenIdAndReadAtIsNull(citizenId);
    }

    /** Marks one of the citizen's notifications read; false when the citizen has no such notification. */
    @TenantTransactional
    public boolean markRead(UUID citizenId, NotificationId id) {
        return notifications.findById(id.value()).filter(n -> n.isFor(citizenId))
                .map(n -> {
                    n.markRead(clock.instant());
                    return true;
                }).orElse(false);
    }

    @TenantTransactional
    public int markAllRead(UUID citizenId) {
        return notifications.markAllRead(citizenId, clock.instant());
    }
}
