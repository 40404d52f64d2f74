package fr.guichet.forms;

import static fr.guichet.forms.FieldType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How each type of answer is parsed and cleaned, through {@link SubmissionValidation}. */
class AnswerParsingTest {

  static Stream<Arguments> acceptedAnswers() {
    return Stream.of(
        Arguments.of(NUMBER, "12,5", new BigDecimal("12.5")),
        Arguments.of(NUMBER, "12.5", new BigDecimal("12.5")),
        Arguments.of(NUMBER, "1 234,50", new BigDecimal("1234.50")),
        Arguments.of(NUMBER, "1\u202f234", new BigDecimal("1234")),
        Arguments.of(NUMBER, "-3", new BigDecimal("-3")),
        Arguments.of(NUMBER, 7, new BigDecimal("7")),
        Arguments.of(NUMBER, 2.25, new BigDecimal("2.25")),
        Arguments.of(DATE, "2024-02-29", "2024-02-29"),
        Arguments.of(DATE, LocalDate.of(1990, 7, 14), "1990-07-14"),
        Arguments.of(YES_NO, "Oui", true),
        Arguments.of(YES_NO, false, false),
        Arguments.of(CONSENT, "true", true),
        Arguments.of(LONG_TEXT, "Ligne 1\nLigne 2", "Ligne 1\nLigne 2"),
        Arguments.of(EMAIL, "lea@exemple.fr", "lea@exemple.fr"),
        Arguments.of(PHONE, "06 12 34 56 78", "06 12 34 56 78"),
        Arguments.of(PHONE, "+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        Arguments.of(POSTCODE_COMMUNE, "74000 Annecy", "74000 Annecy"),
        Arguments.of(SIRET, "732 829 320 00074", "732 829 320 00074"),
        Arguments.of(SIREN, "732829320", "732829320"),
        Arguments.of(NIR, "2 90 07 2A 004 123 45", "2 90 07 2A 004 123 45"),
        Arguments.of(IBAN, "FR76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189"),
        Arguments.of(RNA, "W751234567", "W751234567"));
  }

  @ParameterizedTest(name = "{0} « {1} »")
  @MethodSource("acceptedAnswers")
  void acceptsAndCleansAValidAnswer(FieldType type, Object answer, Object cleaned) {
    ValidatedSubmission result = shapeOnly(form(type), Map.of("q", answer));

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers()).containsEntry("q", cleaned);
  }

  static Stream<Arguments> refusedAnswers() {
    return Stream.of(
        Arguments.of(NUMBER, "douze", "Saisissez un nombre, par exemple 12,5."),
        Arguments.of(NUMBER, "1.234,5", "Saisissez un nombre, par exemple 12,5."),
        Arguments.of(NUMBER, "1e9999999", "Saisissez un nombre, par exemple 12,5."),
        Arguments.of(NUMBER, Double.NaN, "Saisissez un nombre, par exemple 12,5."),
        Arguments.of(NUMBER, new BigDecimal("1e40"), "Ce nombre est trop long."),
        Arguments.of(DATE, "14/07/1990", "Saisissez une date valide, par exemple 14/07/1990."),
        Arguments.of(DATE, "2023-02-29", "Saisissez une date valide, par exemple 14/07/1990."),
        Arguments.of(YES_NO, "peut-être", "Répondez par oui ou par non."),
        Arguments.of(SHORT_TEXT, 42, "La réponse n’est pas valide."),
        Arguments.of(SHORT_TEXT, "Ligne 1\nLigne 2", "Le texte contient des caractères non autorisés."),
        Arguments.of(LONG_TEXT, "Nul\u0000", "Le texte contient des caractères non autorisés."),
        Arguments.of(SHORT_TEXT, "a".repeat(501), "Saisissez au plus 500 caractères."),
        Arguments.of(EMAIL, "lea.exemple.fr", "Saisissez une adresse électronique valide, par"
            + " exemple nom@domaine.fr."),
        Arguments.of(PHONE, "12 34", "Saisissez un numéro de téléphone valide, par exemple 06 12"
            + " 34 56 78."),
        Arguments.of(POSTCODE_COMMUNE, "Annecy", "Saisissez un code postal de 5 chiffres, suivi"
            + " éventuellement du nom de la commune."),
        Arguments.of(SIRET, "732 829 320", "Le numéro SIRET comporte 14 chiffres."),
        Arguments.of(NIR, "290072A00412", "Le numéro de sécurité sociale comporte 15"
            + " caractères, clé comprise."),
        Arguments.of(RNA, "751234567", "Le numéro RNA commence par W, suivi de 9 caractères."),
        Arguments.of(MULTIPLE_CHOICE, List.of("A", "Z"),
            "Choisissez uniquement parmi les options proposées."),
        Arguments.of(MULTIPLE_CHOICE, "A", "La réponse n’est pas valide."));
  }

  @ParameterizedTest(name = "{0} « {1} »")
  @MethodSource("refusedAnswers")
  void refusesAnInvalidAnswerWithAFrenchMessage(FieldType type, Object answer, String error) {
    ValidatedSubmission result = shapeOnly(form(type), Map.of("q", answer));

    assertThat(result.errors()).containsExactly(Map.entry("q", error));
    assertThat(result.answers()).isEmpty();
  }

  static Stream<Arguments> emptyAnswers() {
    return Stream.of(
        Arguments.of(SHORT_TEXT, "   "), Arguments.of(NUMBER, ""), Arguments.of(DATE, " "),
        Arguments.of(MULTIPLE_CHOICE, List.of()), Arguments.of(CONSENT, false),
        Arguments.of(SINGLE_CHOICE, ""), Arguments.of(FILE, Map.of()));
  }

  @ParameterizedTest(name = "{0} « {1} »")
  @MethodSource("emptyAnswers")
  void treatsABlankAnswerAsNoAnswer(FieldType type, Object blank) {
    assertThat(shapeOnly(form(type), Map.of("q", blank)).answers()).isEmpty();
    assertThat(shapeOnly(required(type), Map.of("q", blank)).errors())
        .containsOnlyKeys("q");
  }

  private static FormDefinition form(FieldType type) {
    Field field = Field.of("q", type, "Question").withOptions(
        type.isChoice() ? new String[] {"A", "B"} : new String[0]);
    if (type == FILE) {
      field = field.accepting(1024, "pdf");
    }
    return FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section", field)));
  }

  private static FormDefinition required(FieldType type) {
    Field field = form(type).allFields().getFirst().asRequired();
    return FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section", field)));
  }

  /** This class tests parsing and shapes; the checksums have their own tests (ChecksumCheckTest, checks.*). */
  private static ValidatedSubmission shapeOnly(FormDefinition form, Map<String, ?> answers) {
    return new SubmissionValidation(IdentifierCheck.SHAPE).check(form, answers);
  }
}
