package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static fr.guichet.forms.checks.FrenchIdentifier.POSTCODE;
import static fr.guichet.forms.checks.FrenchIdentifier.RNA;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RnaAndPostcodeTest {

    private static final String RNA_SHAPE = "Le numéro RNA s’écrit avec la lettre W suivie de 9 chiffres, par exemple "
            + "W751234567 : les anciens numéros de dossier de la préfecture ne sont pas acceptés.";

    @ParameterizedTest(name = "RNA « {0} » is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            W751234567     | W751234567
            w751234567     | W751234567
            W 751 234 567  | W751234567
            W751-234-567   | W751234567
            W133001234     | W133001234
            W2A1234567     | W2A1234567
            w2b 123 4567   | W2B1234567
            """)
    void rnaNumberMadeOfWAndNineDigitsOrACorsicanDepartmentIsAccepted(String input, String normalised) {
        assertValid(RNA.check(input), normalised);
    }

    @ParameterizedTest(name = "RNA « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            W75123456   | Le numéro RNA doit compter 9 chiffres après la lettre W (vous en avez saisi 8).
            W7512345678 | Le numéro RNA doit compter 9 chiffres après la lettre W (vous en avez saisi 10).
            ''          | Saisissez le numéro RNA de l’association : la lettre W suivie de 9 chiffres, par exemple W751234567.
            """)
    void rnaNumberWithTooFewOrTooManyDigitsIsRefused(String input, String message) {
        assertInvalid(RNA.check(input), message);
    }

    @ParameterizedTest(name = "RNA « {0} » does not have the W shape")
    @CsvSource({"751234567", "0751234567", "X751234567", "W75123456A", "WW751234567", "W", "W2C1234567", "W2A123456"})
    void rnaNumberWithoutTheLeadingWOrWithOtherLettersIsRefused(String input) {
        assertInvalid(RNA.check(input), RNA_SHAPE);
    }

    @ParameterizedTest(name = "postcode « {0} » is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            75001   | 75001
            75 001  | 75001
            01000   | 01000
            20000   | 20000
            20200   | 20200
            95000   | 95000
            97400   | 97400
            97600   | 97600
            98000   | 98000
            98800   | 98800
            """)
    void postcodeStartingWithADepartmentIsAccepted(String input, String normalised) {
        assertValid(POSTCODE.check(input), normalised);
    }

    @ParameterizedTest(name = "postcode « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000   | Le code postal doit compter 5 chiffres (vous en avez saisi 4).
            750001 | Le code postal doit compter 5 chiffres (vous en avez saisi 6).
            7500A  | Le code postal ne doit contenir que des chiffres.
            2A000  | En Corse, le code postal commence par 20 : 2A et 2B sont des numéros de département, pas des codes postaux.
            2b200  | En Corse, le code postal commence par 20 : 2A et 2B sont des numéros de département, pas des codes postaux.
            00100  | Ce code postal n’existe pas : il doit commencer par un numéro de département, de 01 à 95, ou par 97 ou 98 outre-mer.
            96000  | Ce code postal n’existe pas : il doit commencer par un numéro de département, de 01 à 95, ou par 97 ou 98 outre-mer.
            99000  | Ce code postal n’existe pas : il doit commencer par un numéro de département, de 01 à 95, ou par 97 ou 98 outre-mer.
            ''     | Saisissez le code postal : 5 chiffres, par exemple 75001.
            """)
    void postcodeOfTheWrongLengthOrDepartmentIsRefused(String input, String message) {
        assertInvalid(POSTCODE.check(input), message);
    }
}
