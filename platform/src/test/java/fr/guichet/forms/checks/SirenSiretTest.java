package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertInvalidMentioning;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static fr.guichet.forms.checks.FrenchIdentifier.SIREN;
import static fr.guichet.forms.checks.FrenchIdentifier.SIRET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SirenSiretTest {

    @ParameterizedTest(name = "SIREN « {0} » is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            356000000         | 356000000
            356 000 000       | 356000000
            356.000.000       | 356000000
            '  356-000-000  ' | 356000000
            200063402         | 200063402
            200066793         | 200066793
            120027016         | 120027016
            732829320         | 732829320
            """)
    void sirenWithAValidLuhnKeyIsAcceptedWhateverTheSeparators(String input, String normalised) {
        assertValid(SIREN.check(input), normalised);
    }

    @ParameterizedTest(name = "SIREN « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            35600000       | Le numéro SIREN doit compter 9 chiffres (vous en avez saisi 8).
            3560000001     | Le numéro SIREN doit compter 9 chiffres (vous en avez saisi 10).
            356000001      | Ce numéro SIREN n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).
            200063403      | Ce numéro SIREN n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).
            35600O000      | Le numéro SIREN ne doit contenir que des chiffres.
            ''             | Saisissez le numéro SIREN : 9 chiffres, par exemple 356 000 000.
            35600000000048 | Vous avez saisi 14 chiffres, c’est-à-dire un numéro SIRET : le numéro SIREN correspond à ses 9 premiers chiffres.
            """)
    void sirenOfTheWrongLengthWithLettersOrAWrongKeyIsRefusedWithAnActionableMessage(String input, String message) {
        assertInvalid(SIREN.check(input), message);
    }

    @ParameterizedTest(name = "SIRET « {0} » is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            35600000000048       | 35600000000048
            356 000 000 00048    | 35600000000048
            35600000049837       | 35600000049837
            356 000 000 49837    | 35600000049837
            73282932000074       | 73282932000074
            732 829 320 00074    | 73282932000074
            20006340200008       | 20006340200008
            """)
    void siretWithAValidKeyOrFollowingLaPostesRuleIsAccepted(String input, String normalised) {
        assertValid(SIRET.check(input), normalised);
    }

    @ParameterizedTest(name = "SIRET « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3560000000004   | Le numéro SIRET doit compter 14 chiffres (vous en avez saisi 13).
            356000000000480 | Le numéro SIRET doit compter 14 chiffres (vous en avez saisi 15).
            73282932000075  | Ce numéro SIRET n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).
            35600000000049  | Ce numéro SIRET n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).
            35600000049838  | Ce numéro SIRET n’existe pas : vérifiez les chiffres (clé de contrôle incorrecte).
            356000000 0004A | Le numéro SIRET ne doit contenir que des chiffres.
            356000000       | Vous avez saisi 9 chiffres, c’est-à-dire un numéro SIREN : le numéro SIRET compte 14 chiffres (le SIREN suivi des 5 chiffres de l’établissement).
            """)
    void siretOfTheWrongLengthWithLettersOrAWrongKeyIsRefused(String input, String message) {
        assertInvalid(SIRET.check(input), message);
    }

    @ParameterizedTest(name = "SIRET {0} passes Luhn but its SIREN does not")
    @CsvSource({"12345678000006", "12345678000014"})
    void siretWhoseFirstNineDigitsAreNotASirenIsRefused(String siret) {
        assertThat(Typing.luhn(siret)).as("the whole number passes Luhn").isTrue();
        assertInvalidMentioning(SIRET.check(siret), "ses 9 premiers chiffres (le numéro SIREN)");
    }

    @ParameterizedTest(name = "{0}: sum of digits multiple of 5 is only La Poste’s privilege")
    @CsvSource({"35600000049837, true", "73282932000004, false"})
    void theSumOfDigitsRuleOnlyAppliesToLaPoste(String siret, boolean valid) {
        assertThat(Typing.digitSum(siret) % 5).isZero();
        assertThat(Typing.luhn(siret)).isFalse();
        assertThat(SIRET.check(siret).isValid()).isEqualTo(valid);
    }
}
