package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Repeatable groups in {@link SubmissionValidation}: the canteen form, 1 to 4 children. */
class RepeatableGroupValidationTest {

  private static final FormDefinition CANTEEN = SampleForms.canteen();

  private static Map<String, Object> child(String name) {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("prenom_enfant", name);
    child.put("classe", "CP");
    child.put("jours", List.of("Jeudi", "Lundi", "Jeudi"));
    child.put("allergies", "non");
    return child;
  }

  private static Map<String, Object> answers(List<?> children) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("nom", "Martin");
    answers.put("enfants", children);
    return answers;
  }

  static Stream<Arguments> repetitionCounts() {
    return Stream.of(
        Arguments.of(0, "Ce champ est obligatoire."),
        Arguments.of(1, null),
        Arguments.of(4, null),
        Arguments.of(5, "Vous pouvez ajouter au plus 4 éléments."));
  }

  @ParameterizedTest(name = "{0} repetitions")
  @MethodSource("repetitionCounts")
  void keepsTheNumberOfRepetitionsBetweenMinAndMax(int count, String expectedError) {
    List<Map<String, Object>> children = Collections.nCopies(count, child("Léa"));

    ValidatedSubmission result = SubmissionValidation.validate(CANTEEN, answers(children));

    if (expectedError == null) {
      assertThat(result.errors()).isEmpty();
      assertThat((List<?>) result.answers().get("enfants")).hasSize(count);
    } else {
      assertThat(result.errors()).containsExactly(entry("enfants", expectedError));
      assertThat(result.answers()).doesNotContainKey("enfants");
    }
  }

  @Test
  void refusesFewerRepetitionsThanTheMinimum() {
    FormDefinition form = FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section",
        Field.group("pieces", "Pièce", 2, 3, Field.of("nom", FieldType.SHORT_TEXT, "Nom")))));

    assertThat(SubmissionValidation.validate(form, Map.of("pieces", List.of(Map.of("nom", "A"))))
        .errors()).containsExactly(entry("pieces", "Ajoutez au moins 2 éléments."));
  }

  @Test
  void cleansEachRepetitionAndKeysItsErrorsByIndex() {
    Map<String, Object> second = child("Tom");
    second.put("classe", "6e");
    second.put("allergies", "oui");
    second.put("role", "admin");

    ValidatedSubmission result = SubmissionValidation.validate(CANTEEN,
        answers(List.of(child(" Léa "), second)));

    assertThat(result.errors()).containsExactly(
        entry("enfants[1].classe", "Choisissez une des options proposées."),
        entry("enfants[1].detail_allergies", "Ce champ est obligatoire."));
    assertThat(result.ignoredKeys()).containsExactly("enfants[1].role");
  }

  @Test
  void keepsTheCleanedRepetitionsWithChoicesInTheOrderOfTheOptions() {
    Map<String, Object> second = child("Tom");
    second.put("allergies", true);
    second.put("detail_allergies", "Arachides");
    Map<String, Object> first = child("Léa");
    first.put("detail_allergies", "ignoré car caché");

    ValidatedSubmission result = SubmissionValidation.validate(CANTEEN,
        answers(List.of(first, second)));

    assertThat(result.isValid()).isTrue();
    assertThat(result.answers().get("enfants")).isEqualTo(List.of(
        Map.of("prenom_enfant", "Léa", "classe", "CP", "jours", List.of("Lundi", "Jeudi"),
            "allergies", false),
        Map.of("prenom_enfant", "Tom", "classe", "CP", "jours", List.of("Lundi", "Jeudi"),
            "allergies", true, "detail_allergies", "Arachides")));
    assertThat(result.ignoredKeys()).containsExactly("enfants[0].detail_allergies");
  }

  @Test
  void refusesARepetitionThatIsNotAnObjectAndAGroupThatIsNotAList() {
    assertThat(SubmissionValidation.validate(CANTEEN, answers(List.of("Léa"))).errors())
        .containsExactly(entry("enfants[0]", "La réponse n’est pas valide."));

    Map<String, Object> answers = answers(List.of());
    answers.put("enfants", Map.of("prenom_enfant", "Léa"));
    assertThat(SubmissionValidation.validate(CANTEEN, answers).errors())
        .containsExactly(entry("enfants", "La réponse n’est pas valide."));
  }
}
