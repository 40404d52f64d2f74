package fr.guichet.forms.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FrenchIdentifierTest {

    @ParameterizedTest(name = "{0} is labelled « {1} »")
    @CsvSource(delimiter = '|', textBlock = """
            SIREN    | Numéro SIREN
            SIRET    | Numéro SIRET
            NIR      | Numéro de sécurité sociale
            IBAN     | IBAN
            RNA      | Numéro RNA (répertoire national des associations)
            PHONE    | Numéro de téléphone
            POSTCODE | Code postal
            """)
    void everyIdentifierHasAFrenchLabel(FrenchIdentifier identifier, String label) {
        assertThat(identifier.label()).isEqualTo(label);
    }

    static Stream<Arguments> oddInputs() {
        Stream<String> inputs = Stream.of("", "   ", "\u00A0\u202F", "é", "🎉🎉🎉", "+", "++33", "00", "(0)", "2A", "W",
                "IBAN", "-", "0".repeat(100), "9".repeat(10_000), "\u0000", "١٢٣٤٥٦٧٨٩");
        return inputs.flatMap(input -> Arrays.stream(FrenchIdentifier.values()).map(id -> Arguments.of(id, input)));
    }

    @ParameterizedTest(name = "{0} on an odd input")
    @MethodSource("oddInputs")
    void oddInputGivesAMessageInsteadOfAnException(FrenchIdentifier identifier, String input) {
        assertThatCode(() -> identifier.check(input)).doesNotThrowAnyException();
        assertThat(identifier.check(input)).isInstanceOfSatisfying(CheckResult.Invalid.class,
                invalid -> assertThat(invalid.message()).isNotBlank().doesNotContain("'"));
    }

    @Test
    void fullWidthDigitsTypedWithAnAsianKeyboardAreReadAsDigits() {
        assertThat(FrenchIdentifier.SIREN.check("３５６ ０００ ０００")).isEqualTo(new CheckResult.Valid("356000000"));
    }

    @Test
    void messagesUseTypographicApostrophes() {
        assertThat(FrenchIdentifier.values()).allSatisfy(id -> assertThat(id.check("x"))
                .isInstanceOfSatisfying(CheckResult.Invalid.class,
                        invalid -> assertThat(invalid.message()).doesNotContain("'")));
    }
}
