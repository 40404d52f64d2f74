package fr.guichet.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidBrandingTest {

  @Test
  void messageJoinsAllProblems() {
    InvalidBranding e = new InvalidBranding(List.of("Premier problème.", "Second problème."));

    assertThat(e.getMessage()).isEqualTo("Premier problème. Second problème.");
    assertThat(e.problems()).containsExactly("Premier problème.", "Second problème.");
  }

  @Test
  void problemsCannotBeModifiedAfterwards() {
    List<String> problems = new ArrayList<>(List.of("Un problème."));
    InvalidBranding e = new InvalidBranding(problems);
    problems.add("Ajouté ensuite.");

    assertThat(e.problems()).containsExactly("Un problème.");
    assertThatThrownBy(() -> e.problems().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void needsAtLeastOneProblem() {
    assertThatThrownBy(() -> new InvalidBranding(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
