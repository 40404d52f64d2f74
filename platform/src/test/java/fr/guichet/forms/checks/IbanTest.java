package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static fr.guichet.forms.checks.FrenchIdentifier.IBAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    private static final String BAD_KEY = "Cet IBAN n’existe pas : vérifiez les caractères (clé de contrôle incorrecte).";

    @ParameterizedTest(name = "IBAN « {0} » is accepted as « {1} »")
    @CsvSource(delimiter = '|', textBlock = """
            FR7630006000011234567890189            | FR76 3000 6000 0112 3456 7890 189
            FR76 3000 6000 0112 3456 7890 189      | FR76 3000 6000 0112 3456 7890 189
            fr76 3000 6000 0112 3456 7890 189      | FR76 3000 6000 0112 3456 7890 189
            FR76-3000-6000-0112-3456-7890-189      | FR76 3000 6000 0112 3456 7890 189
            IBAN FR76 3000 6000 0112 3456 7890 189 | FR76 3000 6000 0112 3456 7890 189
            FR14 2004 1010 0505 0001 3M02 606      | FR14 2004 1010 0505 0001 3M02 606
            MC58 1122 2000 0101 2345 6789 030      | MC58 1122 2000 0101 2345 6789 030
            DE89 3704 0044 0532 0130 00            | DE89 3704 0044 0532 0130 00
            BE68539007547034                       | BE68 5390 0754 7034
            NL91ABNA0417164300                     | NL91 ABNA 0417 1643 00
            CH9300762011623852957                  | CH93 0076 2011 6238 5295 7
            GB82 WEST 1234 5698 7654 32            | GB82 WEST 1234 5698 7654 32
            IT60X0542811101000000123456            | IT60 X054 2811 1010 0000 0123 456
            ES9121000418450200051332               | ES91 2100 0418 4502 0005 1332
            NO9386011117947                        | NO93 8601 1117 947
            MT84MALT011000012345MTLCAST001S        | MT84 MALT 0110 0001 2345 MTLC AST0 01S
            """)
    void ibanOfASepaCountryWithTheRightKeyIsAcceptedAndGroupedByFour(String input, String normalised) {
        assertValid(IBAN.check(input), normalised);
    }

    @ParameterizedTest(name = "IBAN « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR76 3000 6000 0112 3456 7890 18   | Un IBAN commençant par FR doit compter 27 caractères (vous en avez saisi 26).
            FR76 3000 6000 0112 3456 7890 1890 | Un IBAN commençant par FR doit compter 27 caractères (vous en avez saisi 28).
            DE89 3704 0044 0532 0130 000       | Un IBAN commençant par DE doit compter 22 caractères (vous en avez saisi 23).
            US64 SVBK US6S 3300 9673 86        | Les IBAN commençant par « US » ne sont pas acceptés : le compte doit être tenu dans un pays de la zone SEPA.
            7630 0060 0001 1234 5678 9018 9    | L’IBAN doit commencer par le code du pays (2 lettres, FR pour la France) suivi de 2 chiffres, par exemple FR76.
            FRXX 3000 6000 0112 3456 7890 189  | L’IBAN doit commencer par le code du pays (2 lettres, FR pour la France) suivi de 2 chiffres, par exemple FR76.
            FR76 3000 6000 0112 3456 7890 18é  | L’IBAN ne doit contenir que des lettres et des chiffres.
            FR76_3000_6000_0112_3456_7890_189  | L’IBAN ne doit contenir que des lettres et des chiffres.
            ''                                 | Saisissez l’IBAN, par exemple FR76 3000 6000 0112 3456 7890 189.
            """)
    void ibanWithTheWrongLengthCountryOrCharactersIsRefused(String input, String message) {
        assertInvalid(IBAN.check(input), message);
    }

    @ParameterizedTest(name = "IBAN « {0} » has a wrong key")
    @CsvSource({
            "FR7630006000011234567890188",
            "FR7630006000011234567980189",
            "FR7730006000011234567890189",
            "DE89370400440532013001",
            "DE01370400441000000008"})  // passes modulo 97 like DE98…, but 01 is never a check value
    void ibanWithAWrongCheckValueIsRefused(String input) {
        assertInvalid(IBAN.check(input), BAD_KEY);
    }

    @Test
    void frenchIbanWhoseModuloHoldsButWhoseRibKeyIsWrongIsRefused() {
        assertThat(Iban.mod97("FR5430006000011234567890100")).isEqualTo(1);

        assertInvalid(IBAN.check("FR54 3000 6000 0112 3456 7890 100"),
                "Cet IBAN n’existe pas : la clé RIB qu’il contient est incorrecte, vérifiez les caractères.");
    }

    @Test
    void ribKeyReadsTheLettersOfTheAccountNumberAsDigits() {
        assertThat(Iban.ribKey("30006", "00001", "12345678901")).isEqualTo(89);
        assertThat(Iban.ribKey("20041", "01005", "0500013M026")).isEqualTo(6);
        assertThat(Iban.ribKey("20041", "01005", "0500013M026"))
                .as("M reads as 4").isEqualTo(Iban.ribKey("20041", "01005", "05000134026"));
    }

    @Test
    void ibanWithTheCheckDigitsNinetyEightIsAccepted() {
        assertValid(IBAN.check("DE98370400441000000008"), "DE98 3704 0044 1000 0000 08");
    }
}
