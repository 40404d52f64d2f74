package fr.guichet.notifications;

import fr.guichet.forms.checks.CheckResult;
import fr.guichet.forms.checks.FrenchIdentifier;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One message to one citizen: where it goes, which template and the values of the template's variables.
 *
 * @param recipient an e-mail address (EMAIL), a phone number in E.164 form (SMS) or a citizen id (PORTAL)
 * @param variables every variable of {@code template} except {@code commune}
 */
public record Notification(Channel channel, String recipient, TemplateKey template, Map<String, String> variables) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    public Notification {
        variables = Map.copyOf(variables);
        recipient = recipient.strip();
        if (recipient.isEmpty() || recipient.length() > 254) {
            throw new InvalidRecipient("Le destinataire de la notification est vide ou trop long.");
        }
    }

    /** An e-mail to {@code address}. */
    public static Notification email(String address, TemplateKey template, Map<String, String> variables) {
        String trimmed = address.strip();
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new InvalidRecipient("L’adresse électronique « " + trimmed + " » n’est pas valide.");
        }
        return new Notification(Channel.EMAIL, trimmed, template, variables);
    }

    /** An SMS to a French phone number, as people type it (normalised to E.164). */
    public static Notification sms(String phoneNumber, TemplateKey template, Map<String, String> variables) {
        return switch (FrenchIdentifier.PHONE.check(phoneNumber)) {
            case CheckResult.Valid valid -> new Notification(Channel.SMS, valid.normalised(), template, variables);
            case CheckResult.Invalid invalid -> throw new InvalidRecipient(invalid.message());
        };
    }

    /** A notification in the citizen's space of the portal. */
    public static Notification portal(UUID citizenId, TemplateKey template, Map<String, String> variables) {
        return new Notification(Channel.PORTAL, citizenId.toString(), template, variables);
    }
}
