package fr.guichet.notifications;

/** Addresses shown to agents, and written to the logs, with most of their characters hidden. */
final class RecipientMask {

    private static final String HIDDEN = "•••";

    private RecipientMask() {
    }

    static String mask(Channel channel, String recipient) {
        return switch (channel) {
            case EMAIL -> email(recipient);
            case SMS -> phone(recipient);
            case PORTAL -> "usager " + HIDDEN + recipient.substring(Math.max(0, recipient.length() - 4));
        };
    }

    /** {@code jeanne.martin@example.fr} → {@code j•••@example.fr}. */
    static String email(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return address.charAt(0) + HIDDEN + address.substring(at);
    }

    /** {@code +33612345678} → {@code +336•••78}: the country and the kind of number, then the last two digits. */
    static String phone(String number) {
        if (number.length() < 8) {
            return HIDDEN;
        }
        int keep = number.startsWith("+33") ? 4 : 3;
        return number.substring(0, keep) + HIDDEN + number.substring(number.length() - 2);
    }
}
