package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static fr.guichet.forms.checks.FrenchIdentifier.NIR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NirTest {

    private static final String BAD_KEY =
            "Ce numéro de sécurité sociale n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).";
    private static final String ONLY_DIGITS =
            "Le numéro de sécurité sociale ne doit contenir que des chiffres (et 2A ou 2B pour un département de Corse).";

    @ParameterizedTest(name = "NIR « {0} » is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 84 12 76 451 089 46 | 184127645108946
            184127645108946       | 184127645108946
            1.84.12.76.451.089.46 | 184127645108946
            2 55 08 14 168 025 38 | 255081416802538
            1 84 05 76 451 089 31 | 184057645108931
            1 84 35 76 451 089 26 | 184357645108926
            1 99 12 99 123 456 15 | 199129912345615
            7 84 12 76 451 089 37 | 784127645108937
            2 69 05 2A 004 123 14 | 269052A00412314
            2 69 05 2a 004 123 14 | 269052A00412314
            1 78 10 2B 033 045 05 | 178102B03304505
            """)
    void nirWithTheRightKeyIsAcceptedIncludingCorsicaUnknownMonthsAndTemporaryNumbers(String input, String normalised) {
        assertValid(NIR.check(input), normalised);
    }

    @ParameterizedTest(name = "NIR « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 84 12 76 451 089       | Le numéro de sécurité sociale doit compter 15 chiffres, clé comprise (vous en avez saisi 13).
            1 84 12 76 451 089 460   | Le numéro de sécurité sociale doit compter 15 chiffres, clé comprise (vous en avez saisi 16).
            5 84 12 76 451 089 46    | Le premier chiffre du numéro de sécurité sociale doit être 1 ou 2 (ou 3, 4, 7 ou 8 pour un numéro provisoire).
            0 84 12 76 451 089 46    | Le premier chiffre du numéro de sécurité sociale doit être 1 ou 2 (ou 3, 4, 7 ou 8 pour un numéro provisoire).
            1 84 13 76 451 089 46    | Les 4e et 5e chiffres du numéro de sécurité sociale (le mois de naissance, de 01 à 12) ne sont pas valides.
            1 84 00 76 451 089 46    | Les 4e et 5e chiffres du numéro de sécurité sociale (le mois de naissance, de 01 à 12) ne sont pas valides.
            1 84 45 76 451 089 46    | Les 4e et 5e chiffres du numéro de sécurité sociale (le mois de naissance, de 01 à 12) ne sont pas valides.
            ''                       | Saisissez le numéro de sécurité sociale : 15 chiffres, clé comprise, par exemple 1 84 12 76 451 089 46.
            """)
    void nirOfTheWrongLengthSexDigitOrMonthIsRefusedWithTheMatchingMessage(String input, String message) {
        assertInvalid(NIR.check(input), message);
    }

    @ParameterizedTest(name = "NIR « {0} » has a wrong key")
    @CsvSource({
            "1 84 12 76 451 089 47",
            "1 84 12 76 415 089 46",
            "2 69 05 2A 004 123 84",  // key computed with 20 in place of 2A, without subtracting 1,000,000
            "2 69 05 2B 004 123 14",  // the key of the same number in 2A
            "1 84 12 76 451 089 00"})
    void nirWithAWrongKeyIsRefused(String input) {
        assertInvalid(NIR.check(input), BAD_KEY);
    }

    @ParameterizedTest(name = "NIR « {0} » has a letter out of place")
    @CsvSource({"1 84 12 2C 451 089 46", "1 8A 12 76 451 089 46", "1 84 12 A2 451 089 46", "1 84 12 76 451 089 4B"})
    void nirWithLettersOtherThanTheCorsicanDepartmentIsRefused(String input) {
        assertInvalid(NIR.check(input), ONLY_DIGITS);
    }

    @Test
    void corsicanDepartmentsCountAsNineteenAndEighteenForTheKey() {
        assertThat(SocialSecurityNumber.key("269052A004123")).isEqualTo(SocialSecurityNumber.key("2690519004123"));
        assertThat(SocialSecurityNumber.key("178102B033045")).isEqualTo(SocialSecurityNumber.key("1781018033045"));
        assertThat(SocialSecurityNumber.key("1841276451089")).isEqualTo(46);
    }
}
