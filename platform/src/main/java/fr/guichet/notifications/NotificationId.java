package fr.guichet.notifications;

import java.util.UUID;

/** Identity of one notification, in the outbox or in a citizen's portal inbox. */
public record NotificationId(UUID value) {

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
