package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.Typing.invalid;

/**
 * SIREN (9 digits, a legal unit) and SIRET (14 digits, one of its establishments: the SIREN followed by a 5-digit
 * NIC). Both end with a Luhn key. La Poste is the one exception INSEE publishes: it has too many establishments for
 * Luhn keys, so a SIRET of SIREN 356000000 also passes when its 14 digits add up to a multiple of 5 (its head office,
 * 35600000000048, is an ordinary Luhn number).
 *
 * <p>Only the shape is checked here; whether the number is registered is the business of the Sirene directory.
 */
final class CompanyNumbers {

    static final String LA_POSTE_SIREN = "356000000";

    private CompanyNumbers() {
    }

    static CheckResult siren(String input) {
        String digits = Typing.compact(input);
        if (digits.isEmpty()) {
            return invalid("Saisissez le numéro SIREN : 9 chiffres, par exemple 356 000 000.");
        }
        if (!Typing.allDigits(digits)) {
            return invalid("Le numéro SIREN ne doit contenir que des chiffres.");
        }
        if (digits.length() == 14) {
            return invalid("Vous avez saisi 14 chiffres, c’est-à-dire un numéro SIRET : le numéro SIREN correspond "
                    + "à ses 9 premiers chiffres.");
        }
        if (digits.length() != 9) {
            return invalid("Le numéro SIREN doit compter 9 chiffres (vous en avez saisi " + digits.length() + ").");
        }
        if (!Typing.luhn(digits)) {
            return invalid("Ce numéro SIREN n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).");
        }
        return new CheckResult.Valid(digits);
    }

    static CheckResult siret(String input) {
        String digits = Typing.compact(input);
        if (digits.isEmpty()) {
            return invalid("Saisissez le numéro SIRET : 14 chiffres, par exemple 356 000 000 00048.");
        }
        if (!Typing.allDigits(digits)) {
            return invalid("Le numéro SIRET ne doit contenir que des chiffres.");
        }
        if (digits.length() == 9) {
            return invalid("Vous avez saisi 9 chiffres, c’est-à-dire un numéro SIREN : le numéro SIRET compte "
                    + "14 chiffres (le SIREN suivi des 5 chiffres de l’établissement).");
        }
        if (digits.length() != 14) {
            return invalid("Le numéro SIRET doit compter 14 chiffres (vous en avez saisi " + digits.length() + ").");
        }
        if (!Typing.luhn(digits.substring(0, 9))) {
            return invalid("Ce numéro SIRET n’existe pas : ses 9 premiers chiffres (le numéro SIREN) ne forment pas "
                    + "un numéro valide, vérifiez-les.");
        }
        if (!Typing.luhn(digits) && !isLaPosteEstablishment(digits)) {
            return invalid("Ce numéro SIRET n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).");
        }
        return new CheckResult.Valid(digits);
    }

    private static boolean isLaPosteEstablishment(String siret) {
        return siret.startsWith(LA_POSTE_SIREN) && Typing.digitSum(siret) % 5 == 0;
    }
}
