package fr.guichet.notifications;

/**
 * One SMS for a {@link SmsProvider}.
 *
 * @param to the phone number in E.164 form ({@code +33612345678})
 * @param senderName the tenant's name, for providers that show an alphanumeric sender (often 11 characters at most)
 * @param text the rendered text
 */
public record SmsMessage(NotificationId id, String to, String senderName, String text) {
}
