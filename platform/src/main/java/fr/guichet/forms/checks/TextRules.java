package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.Typing.invalid;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The generic rules an agent can put on a form field: length, numeric range, e-mail address and a pattern of their
 * own. Messages are in French, for the citizen filling in the form, except those of {@link #compilePattern}, which
 * address the agent building it. A {@code null} bound means no bound.
 */
public final class TextRules {

    /** The longest pattern an agent may write. */
    public static final int MAX_PATTERN_LENGTH = 500;

    /** The longest value a pattern is applied to. */
    public static final int MAX_PATTERN_INPUT = 10_000;

    private static final Pattern EMAIL_LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]++"
            + "(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]++)*+");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile("(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}+"
            + "(?<!-))?\\.)++(?:\\p{L}{2,63}+|xn--[a-z0-9-]{1,59}+)");

    private TextRules() {
    }

    /**
     * The value has between {@code min} and {@code max} characters (counted as Unicode code points), bounds included.
     * The value is returned unchanged.
     *
     * @throws IllegalArgumentException if a bound is negative or {@code min > max}: a mistake in the form, not in the
     *     value
     */
    public static CheckResult length(String value, @Nullable Integer min, @Nullable Integer max) {
        if (min != null && min < 0 || max != null && max < 0 || min != null && max != null && min > max) {
            throw new IllegalArgumentException("Invalid length bounds: " + min + ".." + max);
        }
        int length = value.codePointCount(0, value.length());
        String typed = " (vous en avez saisi " + length + ").";
        if (min != null && min.equals(max) && length != min) {
            return invalid("Ce champ doit compter exactement " + Typing.count(min, "caractère") + typed);
        }
        if (min != null && length < min) {
            return invalid("Ce champ doit compter au moins " + Typing.count(min, "caractère") + typed);
        }
        if (max != null && length > max) {
            return invalid("Ce champ doit compter au plus " + Typing.count(max, "caractère") + typed);
        }
        return new CheckResult.Valid(value);
    }

    /**
     * The number lies between {@code min} and {@code max}, bounds included; normalised without trailing zeros in
     * plain notation ({@code 1.50} gives {@code 1.5}). Numbers in messages are written the French way (« 1 000,5 »).
     */
    public static CheckResult range(BigDecimal value, @Nullable BigDecimal min, @Nullable BigDecimal max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Invalid range: " + min + " > " + max);
        }
        boolean tooSmall = min != null && value.compareTo(min) < 0;
        boolean tooLarge = max != null && value.compareTo(max) > 0;
        if (tooSmall || tooLarge) {
            String typed = " (vous avez saisi " + french(value) + ").";
            if (min != null && max != null) {
                return invalid("La valeur doit être comprise entre " + french(min) + " et " + french(max) + typed);
            }
            return tooSmall
                    ? invalid("La valeur doit être supérieure ou égale à " + french(min) + typed)
                    : invalid("La valeur doit être inférieure ou égale à " + french(max) + typed);
        }
        return new CheckResult.Valid(value.stripTrailingZeros().toPlainString());
    }

    /**
     * A pragmatic e-mail check: one @, a local part of usual characters with single dots inside, a domain with at
     * least one dot and a top-level domain of letters (or IDN {@code xn--}). Surrounding spaces are ignored; the
     * domain is normalised to lower case. Whether the mailbox exists is only known by writing to it.
     */
    public static CheckResult email(String value) {
        String address = value.strip();
        if (address.isEmpty()) {
            return invalid("Saisissez une adresse électronique, par exemple prenom.nom@exemple.fr.");
        }
        if (address.length() > 254) {
            return invalid("L’adresse électronique est trop longue : 254 caractères au maximum.");
        }
        if (address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return invalid("L’adresse électronique ne doit pas contenir d’espace.");
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return invalid("L’adresse électronique doit contenir le signe @, par exemple prenom.nom@exemple.fr.");
        }
        if (address.indexOf('@') != at) {
            return invalid("L’adresse électronique ne doit contenir qu’un seul signe @.");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.isEmpty() || local.length() > 64 || !EMAIL_LOCAL.matcher(local).matches()) {
            return invalid("La partie de l’adresse électronique avant le signe @ n’est pas valide.");
        }
        if (!EMAIL_DOMAIN.matcher(domain).matches()) {
            return invalid("La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit "
                    + "ressembler à exemple.fr.");
        }
        return new CheckResult.Valid(local + "@" + domain);
    }

    /**
     * Checks a pattern written by an agent: empty when it can be used, otherwise the problem in French. Refused:
     * blank patterns, patterns longer than {@value #MAX_PATTERN_LENGTH} characters, patterns that do not compile,
     * and repeated groups containing a repetition, such as {@code (a+)+}, which can take exponential time.
     */
    public static Optional<String> compilePattern(String regex) {
        return PatternRules.problem(regex);
    }

    /**
     * The whole value matches the pattern; otherwise the agent’s {@code friendlyMessage} (or a generic one when it
     * is blank). Values longer than {@value #MAX_PATTERN_INPUT} characters are refused without matching. A match
     * taking longer than a fraction of a second, or recursing too deep for {@link java.util.regex} (a repeated
     * alternation such as {@code (a|b)*} over thousands of characters), counts as a failure and is logged. The value
     * is returned unchanged.
     *
     * @throws IllegalArgumentException if the pattern is refused by {@link #compilePattern}: forms are expected to
     *     be checked when they are saved
     */
    public static CheckResult pattern(String value, String regex, String friendlyMessage) {
        return PatternRules.apply(value, regex, friendlyMessage);
    }

    /** A number written the French way: decimal comma, thousands separated by a narrow no-break space. */
    static String french(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int dot = unsigned.indexOf('.');
        String integer = dot < 0 ? unsigned : unsigned.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append('\u202F');
            }
            out.append(integer.charAt(i));
        }
        if (dot >= 0) {
            out.append(',').append(unsigned, dot + 1, unsigned.length());
        }
        return (negative ? "-" : "") + out;
    }
}
