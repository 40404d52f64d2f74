package fr.guichet.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * How strong a citizen's password must be, after the CNIL's recommendation on passwords (délibération 2022-100:
 * about 80 bits of entropy when nothing else limits attempts). One of:
 * <ul>
 * <li>at least 12 characters with lower case, upper case, digits and special characters;</li>
 * <li>at least 14 characters with lower case, upper case and digits;</li>
 * <li>at least 20 characters of any kind (a passphrase).</li>
 * </ul>
 * In every case at most 128 characters (hashing cost), at least 5 different characters, and not the local part of the
 * account's own address.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String TOO_WEAK = "Choisissez un mot de passe plus robuste : au moins 12 caractères avec des "
            + "majuscules, des minuscules, des chiffres et des caractères spéciaux, ou 14 caractères avec des "
            + "majuscules, des minuscules et des chiffres, ou une phrase d’au moins 20 caractères.";

    private PasswordRules() {
    }

    /** What is wrong with {@code password} for the account {@code email}, in French; empty when it is acceptable. */
    public static Optional<String> problem(String password, String email) {
        if (password.isEmpty()) {
            return Optional.of("Choisissez un mot de passe.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Le mot de passe ne doit pas dépasser " + MAX_LENGTH + " caractères.");
        }
        if (!strongEnough(password)) {
            return Optional.of(TOO_WEAK);
        }
        if (password.codePoints().distinct().count() < 5) {
            return Optional.of("Le mot de passe ne doit pas répéter toujours les mêmes caractères.");
        }
        String local = email.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*", "");
        if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
            return Optional.of("Le mot de passe ne doit pas contenir votre adresse électronique.");
        }
        return Optional.empty();
    }

    private static boolean strongEnough(String password) {
        int length = password.codePointCount(0, password.length());
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean special = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return length >= 20
                || length >= 14 && lower && upper && digit
                || length >= MIN_LENGTH && lower && upper && digit && special;
    }
}
