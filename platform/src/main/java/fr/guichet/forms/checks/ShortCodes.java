package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.Typing.invalid;

/** The short codes: postcode and RNA number of an association. */
final class ShortCodes {

    private ShortCodes() {
    }

    /**
     * A postcode: 5 digits starting with a department number, 01 to 95 (Corsica’s codes start with 20), 97 overseas or
     * 98 (Monaco and the Pacific). Only the shape is checked; whether the code exists is checked against the official
     * list elsewhere.
     */
    static CheckResult postcode(String input) {
        String code = Typing.compact(input);
        if (code.isEmpty()) {
            return invalid("Saisissez le code postal : 5 chiffres, par exemple 75001.");
        }
        if (code.matches("2[AB][0-9]{3}")) {
            return invalid("En Corse, le code postal commence par 20 : 2A et 2B sont des numéros de département, pas "
                    + "des codes postaux.");
        }
        if (!Typing.allDigits(code)) {
            return invalid("Le code postal ne doit contenir que des chiffres.");
        }
        if (code.length() != 5) {
            return invalid("Le code postal doit compter 5 chiffres (vous en avez saisi " + code.length() + ").");
        }
        int department = Integer.parseInt(code.substring(0, 2));
        if (department < 1 || department > 98 || department == 96) {
            return invalid("Ce code postal n’existe pas : il doit commencer par un numéro de département, de 01 à 95, "
                    + "ou par 97 ou 98 outre-mer.");
        }
        return new CheckResult.Valid(code);
    }

    /**
     * An RNA number (répertoire national des associations): the letter W followed by 9 digits, as printed on the
     * receipt of the prefecture; in Corsica the first two may be the department, 2A or 2B (as the shape check of
     * {@code fr.guichet.forms} also allows). The older file numbers of the prefectures are not accepted.
     */
    static CheckResult rna(String input) {
        String number = Typing.compact(input);
        if (number.isEmpty()) {
            return invalid("Saisissez le numéro RNA de l’association : la lettre W suivie de 9 chiffres, par exemple "
                    + "W751234567.");
        }
        if (number.matches("W2[AB][0-9]{7}")) {
            return new CheckResult.Valid(number);
        }
        if (number.startsWith("W") && Typing.allDigits(number.substring(1))) {
            if (number.length() != 10) {
                return invalid("Le numéro RNA doit compter 9 chiffres après la lettre W (vous en avez saisi "
                        + (number.length() - 1) + ").");
            }
            return new CheckResult.Valid(number);
        }
        return invalid("Le numéro RNA s’écrit avec la lettre W suivie de 9 chiffres, par exemple W751234567 : "
                + "les anciens numéros de dossier de la préfecture ne sont pas acceptés.");
    }
}
