package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DangerousPatternTest {

  private static final Field EVIL = Field.of("code", FieldType.SHORT_TEXT, "Code")
      .withRules(Rules.pattern("(a+)+$", "Saisissez uniquement des a."));

  @Test
  void aPatternThatCanBacktrackCatastrophicallyIsRefusedBeforePublication() {
    FormDefinition form = FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section", EVIL)));

    assertThat(FormChecks.problems(form)).anyMatch(problem -> problem.startsWith("Champ « code »")
        && problem.contains("risque de bloquer"));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aSubmissionAgainstAnEvilPatternIsRefusedQuicklyWithThePatternMessage() {
    FormDefinition form = FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section", EVIL)));

    ValidatedSubmission result =
        SubmissionValidation.validate(form, Map.of("code", "a".repeat(60) + "b"));

    assertThat(result.errors()).containsEntry("code", "Saisissez uniquement des a.");
  }
}
