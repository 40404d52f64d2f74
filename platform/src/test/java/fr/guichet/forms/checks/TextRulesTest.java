package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextRulesTest {

    @ParameterizedTest(name = "« {0} » within [{1}, {2}]")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            abc        | 3    | 3
            abc        | 1    | null
            abc        | null | 3
            ''         | null | null
            ''         | 0    | 2
            'Chloé 🎉' | 7    | 7
            """)
    void valueWithinTheLengthBoundsIsAcceptedUnchanged(String value, Integer min, Integer max) {
        assertValid(TextRules.length(value, min, max), value);
    }

    @ParameterizedTest(name = "« {0} » outside [{1}, {2}]: {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ab     | 3    | null | Ce champ doit compter au moins 3 caractères (vous en avez saisi 2).
            ''     | 1    | 10   | Ce champ doit compter au moins 1 caractère (vous en avez saisi 0).
            abcdef | null | 5    | Ce champ doit compter au plus 5 caractères (vous en avez saisi 6).
            ab     | null | 1    | Ce champ doit compter au plus 1 caractère (vous en avez saisi 2).
            abcd   | 5    | 5    | Ce champ doit compter exactement 5 caractères (vous en avez saisi 4).
            abcdef | 5    | 5    | Ce champ doit compter exactement 5 caractères (vous en avez saisi 6).
            """)
    void valueOutsideTheLengthBoundsIsRefusedWithTheCount(String value, Integer min, Integer max, String message) {
        assertInvalid(TextRules.length(value, min, max), message);
    }

    @Test
    void lengthBoundsThatContradictEachOtherAreAMistakeInTheForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextRules.length("a", 5, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> TextRules.length("a", -1, null));
    }

    static Stream<Arguments> numbersInRange() {
        return Stream.of(
                Arguments.of("5", "1", "10", "5"),
                Arguments.of("1", "1", "10", "1"),
                Arguments.of("10.00", "1", "10", "10"),
                Arguments.of("1.50", null, "2", "1.5"),
                Arguments.of("1E+3", "0", null, "1000"),
                Arguments.of("-3", null, null, "-3"),
                Arguments.of("0.000", "0", "0", "0"));
    }

    @ParameterizedTest(name = "{0} within [{1}, {2}] gives {3}")
    @MethodSource("numbersInRange")
    void numberWithinTheRangeIsAcceptedWithoutTrailingZeros(String value, String min, String max, String normalised) {
        assertValid(TextRules.range(decimal(value), decimal(min), decimal(max)), normalised);
    }

    static Stream<Arguments> numbersOutOfRange() {
        return Stream.of(
                Arguments.of("12", "1", "10", "La valeur doit être comprise entre 1 et 10 (vous avez saisi 12)."),
                Arguments.of("0.5", "1", "10", "La valeur doit être comprise entre 1 et 10 (vous avez saisi 0,5)."),
                Arguments.of("-1", "0", null, "La valeur doit être supérieure ou égale à 0 (vous avez saisi -1)."),
                Arguments.of("12500.75", null, "10000",
                        "La valeur doit être inférieure ou égale à 10\u202F000 (vous avez saisi 12\u202F500,75)."),
                Arguments.of("-1234567.5", "-1000000", null,
                        "La valeur doit être supérieure ou égale à -1\u202F000\u202F000 (vous avez saisi "
                                + "-1\u202F234\u202F567,5)."));
    }

    @ParameterizedTest(name = "{0} outside [{1}, {2}]")
    @MethodSource("numbersOutOfRange")
    void numberOutsideTheRangeIsRefusedWithFrenchNumbers(String value, String min, String max, String message) {
        assertInvalid(TextRules.range(decimal(value), decimal(min), decimal(max)), message);
    }

    @Test
    void rangeWhoseMinimumExceedsItsMaximumIsAMistakeInTheForm() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TextRules.range(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "e-mail « {0} » is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            prenom.nom@exemple.fr             | prenom.nom@exemple.fr
            '  prenom.nom@exemple.fr  '       | prenom.nom@exemple.fr
            Prenom.Nom@Mairie-Annecy.FR       | Prenom.Nom@mairie-annecy.fr
            secretariat+etat-civil@mairie.fr  | secretariat+etat-civil@mairie.fr
            o'brien@exemple.co.uk             | o'brien@exemple.co.uk
            chloé@exemple.fr                  | chloé@exemple.fr
            contact@xn--mairie-d-t-9ta.fr     | contact@xn--mairie-d-t-9ta.fr
            contact@bücher.de                 | contact@bücher.de
            a@b.xn--p1ai                      | a@b.xn--p1ai
            """)
    void plausibleEmailAddressIsAcceptedWithItsDomainInLowerCase(String input, String normalised) {
        assertValid(TextRules.email(input), normalised);
    }

    @ParameterizedTest(name = "e-mail « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            prenom.nom.exemple.fr   | L’adresse électronique doit contenir le signe @, par exemple prenom.nom@exemple.fr.
            prenom@nom@exemple.fr   | L’adresse électronique ne doit contenir qu’un seul signe @.
            'prenom nom@exemple.fr' | L’adresse électronique ne doit pas contenir d’espace.
            @exemple.fr             | La partie de l’adresse électronique avant le signe @ n’est pas valide.
            .prenom@exemple.fr      | La partie de l’adresse électronique avant le signe @ n’est pas valide.
            prenom..nom@exemple.fr  | La partie de l’adresse électronique avant le signe @ n’est pas valide.
            prenom.@exemple.fr      | La partie de l’adresse électronique avant le signe @ n’est pas valide.
            prenom@exemple          | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@exemple.f        | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@exemple.fr.      | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@-exemple.fr      | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@exemple-.fr      | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@exemple..fr      | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@exemple.123      | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            prenom@                 | La partie de l’adresse électronique après le signe @ n’est pas valide : elle doit ressembler à exemple.fr.
            ''                      | Saisissez une adresse électronique, par exemple prenom.nom@exemple.fr.
            """)
    void implausibleEmailAddressIsRefusedSayingWhichPartIsWrong(String input, String message) {
        assertInvalid(TextRules.email(input), message);
    }

    @Test
    void emailAddressLongerThanTheStandardAllowsIsRefused() {
        assertInvalid(TextRules.email("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                        + "d".repeat(63) + ".fr"),
                "L’adresse électronique est trop longue : 254 caractères au maximum.");
        assertInvalid(TextRules.email("a".repeat(65) + "@exemple.fr"),
                "La partie de l’adresse électronique avant le signe @ n’est pas valide.");
    }

    @Test
    void frenchNumbersUseADecimalCommaAndNarrowNoBreakSpaces() {
        assertThat(TextRules.french(new BigDecimal("1234567.890"))).isEqualTo("1\u202F234\u202F567,89");
        assertThat(TextRules.french(new BigDecimal("999"))).isEqualTo("999");
        assertThat(TextRules.french(new BigDecimal("1000"))).isEqualTo("1\u202F000");
        assertThat(TextRules.french(new BigDecimal("-0.5"))).isEqualTo("-0,5");
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
