package fr.guichet.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as accounts store them: stripped, lower case, and of a plausible shape. */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(?:\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isValid(String email) {
        String normalised = normalise(email);
        return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }

    /** The address with most of its local part hidden, for logs: {@code j…@example.fr}. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "…" : email.charAt(0) + "…" + email.substring(at);
    }
}
