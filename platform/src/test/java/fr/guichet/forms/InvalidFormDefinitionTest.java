package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidFormDefinitionTest {

  @Test
  void messageListsEveryProblemOnItsOwnLine() {
    InvalidFormDefinition e = new InvalidFormDefinition(List.of("a : un", "b : deux"));

    assertThat(e.getMessage()).isEqualTo("a : un\nb : deux");
  }

  @Test
  void problemsCannotBeModifiedAfterwards() {
    List<String> problems = new ArrayList<>(List.of("a : un"));
    InvalidFormDefinition e = new InvalidFormDefinition(problems);
    problems.add("b : deux");

    assertThat(e.problems()).containsExactly("a : un");
  }

  @Test
  void needsAtLeastOneProblem() {
    assertThatThrownBy(() -> new InvalidFormDefinition(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requirePublishableThrowsTheProblemsOfTheChecks() {
    FormDefinition empty = FormDefinition.of(List.of());

    assertThatThrownBy(() -> FormChecks.requirePublishable(empty))
        .isInstanceOf(InvalidFormDefinition.class)
        .hasMessage("Formulaire : il ne contient aucune page.");
  }
}
