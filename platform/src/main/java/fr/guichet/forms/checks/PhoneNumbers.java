package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.Typing.invalid;

import java.util.List;
import java.util.Map;

/**
 * French telephone numbers, normalised to E.164 ({@code +33612345678}). Accepted: the 10-digit national form
 * starting with 0 then 1–9, the international form with the +33 or 0033 prefix (with or without « (0) ») and the
 * international forms of the overseas territories with their own country code: La Réunion and Mayotte (+262),
 * Guadeloupe, Saint-Martin and Saint-Barthélemy (+590), Guyane (+594), Martinique (+596), Saint-Pierre-et-Miquelon
 * (+508), Wallis-et-Futuna (+681), Nouvelle-Calédonie (+687) and Polynésie française (+689).
 *
 * <p>The overseas departments are part of the 10-digit national plan (0262, 0690, …) but are reached from abroad with
 * their own code, so a national number of theirs is normalised with it: 0692 12 34 56 gives {@code +262692123456}.
 *
 * <p>+269 is deliberately refused: it was Mayotte’s code until 2007 and now belongs to the Comoros only.
 */
final class PhoneNumbers {

    /** Country codes accepted after the +, with the number of digits that follow them. */
    private static final Map<String, Integer> SUBSCRIBER_DIGITS = Map.of(
            "33", 9, "262", 9, "590", 9, "594", 9, "596", 9, "508", 6, "681", 6, "687", 6, "689", 8);

    /** Country codes tried in this order: three digits first so that +33 does not hide a longer code. */
    private static final List<String> CODES = List.of("262", "590", "594", "596", "508", "681", "687", "689", "33");

    /** National prefixes (the 3 digits after the 0) of the overseas departments, with their country code. */
    private static final Map<String, String> OVERSEAS_PREFIXES = Map.ofEntries(
            Map.entry("262", "262"), Map.entry("263", "262"), Map.entry("692", "262"), Map.entry("693", "262"),
            Map.entry("269", "262"), Map.entry("639", "262"),
            Map.entry("590", "590"), Map.entry("690", "590"), Map.entry("691", "590"),
            Map.entry("594", "594"), Map.entry("694", "594"),
            Map.entry("596", "596"), Map.entry("696", "596"), Map.entry("697", "596"));

    private PhoneNumbers() {
    }

    static CheckResult check(String input) {
        String number = Typing.compact(input).replace("(0)", "").replace("(", "").replace(")", "");
        if (number.isEmpty()) {
            return invalid("Saisissez le numéro de téléphone, par exemple 06 12 34 56 78.");
        }
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        boolean international = number.startsWith("+");
        String digits = international ? number.substring(1) : number;
        if (!Typing.allDigits(digits)) {
            return invalid("Le numéro de téléphone ne doit contenir que des chiffres (et le signe + devant "
                    + "l’indicatif international).");
        }
        return international ? international(digits) : national(digits);
    }

    /** Ten digits starting with 0; the second one is not 0, as « 00 » was read as the international prefix. */
    private static CheckResult national(String digits) {
        if (digits.length() != 10) {
            return invalid("Le numéro de téléphone doit compter 10 chiffres (vous en avez saisi " + digits.length()
                    + ").");
        }
        if (digits.charAt(0) != '0') {
            return invalid("Le numéro de téléphone doit commencer par 0, ou par +33 au format international.");
        }
        return new CheckResult.Valid(frenchE164(digits.substring(1)));
    }

    private static CheckResult international(String digits) {
        String code = CODES.stream().filter(digits::startsWith).findFirst().orElse(null);
        if (code == null) {
            return invalid("Seuls les numéros de téléphone français sont acceptés : indicatif +33, ou celui d’un "
                    + "territoire d’outre-mer.");
        }
        String subscriber = digits.substring(code.length());
        int expected = SUBSCRIBER_DIGITS.get(code);
        if (subscriber.startsWith("0")) {
            return invalid("Après l’indicatif +" + code + ", ne saisissez pas le 0 initial"
                    + (code.equals("33") ? " : par exemple +33 6 12 34 56 78." : "."));
        }
        if (subscriber.length() != expected) {
            return invalid("Après l’indicatif +" + code + ", le numéro doit compter " + expected
                    + " chiffres (vous en avez saisi " + subscriber.length() + ").");
        }
        return new CheckResult.Valid(code.equals("33") ? frenchE164(subscriber) : "+" + code + subscriber);
    }

    /** E.164 form of a 9-digit number of the national plan (without its 0), with an overseas code when due. */
    private static String frenchE164(String subscriber) {
        String overseas = OVERSEAS_PREFIXES.get(subscriber.substring(0, 3));
        return overseas == null ? "+33" + subscriber : "+" + overseas + subscriber;
    }
}
