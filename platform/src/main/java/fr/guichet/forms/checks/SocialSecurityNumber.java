package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.Typing.invalid;

/**
 * The NIR (numéro d’inscription au répertoire, « numéro de sécurité sociale »): 13 characters then a 2-digit key.
 *
 * <pre>
 *   1  84  12  76  451  089  46
 *   |  |   |   |   |    |    key = 97 − (the 13-digit number mod 97)
 *   |  |   |   |   |    order number of the birth in the commune
 *   |  |   |   |   commune (INSEE code, without the department)
 *   |  |   |   department of birth: 2 digits, 2A or 2B (Corsica), 97/98 + 3-digit commune overseas, 99 abroad
 *   |  |   month of birth: 01–12, or 20–42 and 50–99 when it is unknown or the number is temporary
 *   |  year of birth
 *   1 or 2 (man, woman); 3, 4, 7, 8 for temporary numbers
 * </pre>
 *
 * <p>For the key, Corsican departments count as 19 (2A) and 18 (2B): the official rule reads the number with 20 in
 * their place and subtracts 1,000,000 (2A) or 2,000,000 (2B).
 */
final class SocialSecurityNumber {

    private static final String NAME = "Le numéro de sécurité sociale";

    private SocialSecurityNumber() {
    }

    static CheckResult check(String input) {
        String nir = Typing.compact(input);
        if (nir.isEmpty()) {
            return invalid("Saisissez le numéro de sécurité sociale : 15 chiffres, clé comprise, par exemple "
                    + "1 84 12 76 451 089 46.");
        }
        if (!nir.chars().allMatch(c -> Typing.isDigit((char) c) || c == 'A' || c == 'B')) {
            return invalid(NAME + " ne doit contenir que des chiffres (et 2A ou 2B pour un département de Corse).");
        }
        if (nir.length() != 15) {
            return invalid(NAME + " doit compter 15 chiffres, clé comprise (vous en avez saisi " + nir.length() + ").");
        }
        String department = nir.substring(5, 7);
        boolean departmentOk = Typing.allDigits(department) || department.equals("2A") || department.equals("2B");
        if (!departmentOk || !Typing.allDigits(nir.substring(0, 5) + nir.substring(7))) {
            return invalid(NAME + " ne doit contenir que des chiffres (et 2A ou 2B pour un département de Corse).");
        }
        if ("123478".indexOf(nir.charAt(0)) < 0) {
            return invalid("Le premier chiffre du numéro de sécurité sociale doit être 1 ou 2 "
                    + "(ou 3, 4, 7 ou 8 pour un numéro provisoire).");
        }
        int month = Integer.parseInt(nir.substring(3, 5));
        if (!(month >= 1 && month <= 12 || month >= 20 && month <= 42 || month >= 50)) {
            return invalid("Les 4e et 5e chiffres du numéro de sécurité sociale (le mois de naissance, de 01 à 12) "
                    + "ne sont pas valides.");
        }
        if (Integer.parseInt(nir.substring(13)) != key(nir.substring(0, 13))) {
            return invalid("Ce numéro de sécurité sociale n’existe pas : vérifiez les chiffres "
                    + "(clé de contrôle incorrecte).");
        }
        return new CheckResult.Valid(nir);
    }

    /** The key of the first 13 characters (digits, with 2A or 2B as department). */
    static int key(String first13) {
        long number;
        if (first13.startsWith("2A", 5)) {
            number = Long.parseLong(first13.substring(0, 5) + "20" + first13.substring(7)) - 1_000_000L;
        } else if (first13.startsWith("2B", 5)) {
            number = Long.parseLong(first13.substring(0, 5) + "20" + first13.substring(7)) - 2_000_000L;
        } else {
            number = Long.parseLong(first13);
        }
        return (int) (97 - number % 97);
    }
}
