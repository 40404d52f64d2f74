package fr.guichet.notifications;

/** A notification as its template renders it, for a channel the platform does not deliver itself (post). */
public record RenderedNotice(String subject, String text) {
}
