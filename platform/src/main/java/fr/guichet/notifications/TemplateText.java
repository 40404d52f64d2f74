package fr.guichet.notifications;

/**
 * The words of one notification, with {@code {{variable}}} placeholders.
 *
 * @param subject the e-mail's subject and the portal notification's title (one line)
 * @param body the e-mail's text and the portal notification's text (plain text, paragraphs separated by blank lines)
 * @param sms the SMS text, kept short
 */
public record TemplateText(String subject, String body, String sms) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 5_000;
    public static final int MAX_SMS = 400;
}
