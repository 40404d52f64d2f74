package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.Typing.invalid;

import java.util.Map;

/**
 * IBAN (ISO 13616) of the SEPA countries: country code, 2 check digits and a BBAN whose length depends on the
 * country; the whole passes when, read with its first four characters moved to the end and letters as 10–35, it is
 * 1 modulo 97. A French or Monegasque IBAN also holds a RIB (bank code, branch code, account number, RIB key) whose
 * key is checked too. The normalised form is the IBAN in groups of four: {@code FR76 3000 6000 0112 3456 7890 189}.
 */
final class Iban {

    /** IBAN length by country, for the countries of the SEPA schemes (SWIFT IBAN registry). */
    static final Map<String, Integer> SEPA_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22));

    private Iban() {
    }

    static CheckResult check(String input) {
        String iban = Typing.compact(input);
        if (iban.startsWith("IBAN")) {
            iban = iban.substring(4);
        }
        if (iban.isEmpty()) {
            return invalid("Saisissez l’IBAN, par exemple FR76 3000 6000 0112 3456 7890 189.");
        }
        if (!iban.chars().allMatch(c -> Typing.isDigit((char) c) || c >= 'A' && c <= 'Z')) {
            return invalid("L’IBAN ne doit contenir que des lettres et des chiffres.");
        }
        if (!iban.matches("[A-Z]{2}[0-9]{2}.*")) {
            return invalid("L’IBAN doit commencer par le code du pays (2 lettres, FR pour la France) suivi de "
                    + "2 chiffres, par exemple FR76.");
        }
        String country = iban.substring(0, 2);
        Integer length = SEPA_LENGTHS.get(country);
        if (length == null) {
            return invalid("Les IBAN commençant par « " + country + " » ne sont pas acceptés : le compte doit être "
                    + "tenu dans un pays de la zone SEPA.");
        }
        if (iban.length() != length) {
            return invalid("Un IBAN commençant par " + country + " doit compter " + length
                    + " caractères (vous en avez saisi " + iban.length() + ").");
        }
        String checkDigits = iban.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99") || mod97(iban) != 1) {
            return invalid("Cet IBAN n’existe pas : vérifiez les caractères (clé de contrôle incorrecte).");
        }
        if (country.equals("FR") || country.equals("MC")) {
            String bban = iban.substring(4);
            if (!Typing.allDigits(bban.substring(0, 10)) || !Typing.allDigits(bban.substring(21))) {
                return invalid("Cet IBAN n’existe pas : le code banque, le code guichet et la clé RIB qu’il contient "
                        + "ne doivent compter que des chiffres.");
            }
            if (ribKey(bban.substring(0, 5), bban.substring(5, 10), bban.substring(10, 21))
                    != Integer.parseInt(bban.substring(21))) {
                return invalid("Cet IBAN n’existe pas : la clé RIB qu’il contient est incorrecte, vérifiez les "
                        + "caractères.");
            }
        }
        return new CheckResult.Valid(grouped(iban));
    }

    /** The IBAN, first four characters moved to the end and letters read as 10–35, modulo 97. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder;
    }

    /**
     * The French RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), the letters of the account number
     * read as digits (A and J as 1, B, K and S as 2, … I, R and Z as 9).
     */
    static int ribKey(String bank, String branch, String account) {
        StringBuilder digits = new StringBuilder(account.length());
        for (int i = 0; i < account.length(); i++) {
            char c = account.charAt(i);
            if (Typing.isDigit(c)) {
                digits.append(c);
            } else {
                int index = c - 'A';
                // A–I → 1–9, J–R → 1–9, S–Z → 2–9: the positions skip from R to S.
                digits.append(c <= 'R' ? index % 9 + 1 : index - 16);
            }
        }
        long sum = 89L * Long.parseLong(bank) + 15L * Long.parseLong(branch) + 3L * Long.parseLong(digits.toString());
        return (int) (97 - sum % 97);
    }

    private static String grouped(String iban) {
        StringBuilder out = new StringBuilder(iban.length() + iban.length() / 4);
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(iban, i, Math.min(i + 4, iban.length()));
        }
        return out.toString();
    }
}
