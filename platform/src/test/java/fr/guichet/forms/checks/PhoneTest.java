package fr.guichet.forms.checks;

import static fr.guichet.forms.checks.CheckAssertions.assertInvalid;
import static fr.guichet.forms.checks.CheckAssertions.assertValid;
import static fr.guichet.forms.checks.FrenchIdentifier.PHONE;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneTest {

    @ParameterizedTest(name = "phone « {0} » is normalised to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0612345678            | +33612345678
            06 12 34 56 78        | +33612345678
            06.12.34.56.78        | +33612345678
            06-12-34-56-78        | +33612345678
            +33 6 12 34 56 78     | +33612345678
            +33 (0)6 12 34 56 78  | +33612345678
            0033 6 12 34 56 78    | +33612345678
            01 40 20 50 50        | +33140205050
            09 70 12 34 56        | +33970123456
            """)
    void metropolitanNumberInNationalOrInternationalFormIsNormalisedToE164(String input, String normalised) {
        assertValid(PHONE.check(input), normalised);
    }

    @ParameterizedTest(name = "overseas phone « {0} » is normalised to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0262 12 34 56         | +262262123456
            0692 12 34 56         | +262692123456
            0639 12 34 56         | +262639123456
            0590 12 34 56         | +590590123456
            0690 12 34 56         | +590690123456
            0594 12 34 56         | +594594123456
            0696 12 34 56         | +596696123456
            +262 692 12 34 56     | +262692123456
            +33 692 12 34 56      | +262692123456
            00590 690 12 34 56    | +590690123456
            +596 596 12 34 56     | +596596123456
            +508 41 23 45         | +508412345
            +681 72 12 34         | +681721234
            +687 75 12 34         | +687751234
            +689 87 12 34 56      | +68987123456
            """)
    void overseasNumberIsNormalisedWithTheCountryCodeOfItsTerritory(String input, String normalised) {
        assertValid(PHONE.check(input), normalised);
    }

    @ParameterizedTest(name = "phone « {0} » is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            06 12 34 56 7          | Le numéro de téléphone doit compter 10 chiffres (vous en avez saisi 9).
            06 12 34 56 78 9       | Le numéro de téléphone doit compter 10 chiffres (vous en avez saisi 11).
            612345678              | Le numéro de téléphone doit compter 10 chiffres (vous en avez saisi 9).
            16 12 34 56 78         | Le numéro de téléphone doit commencer par 0, ou par +33 au format international.
            00 12 34 56 78         | Seuls les numéros de téléphone français sont acceptés : indicatif +33, ou celui d’un territoire d’outre-mer.
            +33 06 12 34 56 78     | Après l’indicatif +33, ne saisissez pas le 0 initial : par exemple +33 6 12 34 56 78.
            +33 6 12 34 56 7       | Après l’indicatif +33, le numéro doit compter 9 chiffres (vous en avez saisi 8).
            +687 75 12 34 5        | Après l’indicatif +687, le numéro doit compter 6 chiffres (vous en avez saisi 7).
            +44 20 7946 0958       | Seuls les numéros de téléphone français sont acceptés : indicatif +33, ou celui d’un territoire d’outre-mer.
            +269 321 23 45         | Seuls les numéros de téléphone français sont acceptés : indicatif +33, ou celui d’un territoire d’outre-mer.
            06 12 34 56 7A         | Le numéro de téléphone ne doit contenir que des chiffres (et le signe + devant l’indicatif international).
            06 12 + 34 56 78       | Le numéro de téléphone ne doit contenir que des chiffres (et le signe + devant l’indicatif international).
            ''                     | Saisissez le numéro de téléphone, par exemple 06 12 34 56 78.
            """)
    void numberOfTheWrongLengthPrefixOrCountryIsRefused(String input, String message) {
        assertInvalid(PHONE.check(input), message);
    }
}
