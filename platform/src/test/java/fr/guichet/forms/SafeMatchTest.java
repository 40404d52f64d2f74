package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SafeMatchTest {

  @Test
  void matchesAnOrdinaryPattern() {
    assertThat(SafeMatch.matches(Pattern.compile("[0-9]{7}"), "1234567")).isTrue();
    assertThat(SafeMatch.matches(Pattern.compile("[0-9]{7}"), "123456")).isFalse();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void givesUpOnCatastrophicBacktrackingInsteadOfHangingTheServer() {
    String answer = "a".repeat(40) + "!";

    assertThat(SafeMatch.matches(Pattern.compile("(a+)+$"), answer)).isFalse();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aSubmissionAgainstAnEvilPatternIsRefusedWithThePatternMessage() {
    Field field = Field.of("code", FieldType.SHORT_TEXT, "Code")
        .withRules(Rules.pattern("(a|aa)+$", "Saisissez uniquement des a."));
    FormDefinition form = FormDefinition.of(Page.of("p", "Page", Section.of("s", "Section", field)));

    ValidatedSubmission result =
        SubmissionValidation.validate(form, Map.of("code", "a".repeat(60) + "b"));

    assertThat(result.errors()).containsEntry("code", "Saisissez uniquement des a.");
  }
}
