package fr.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.forms.Condition.Operator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionEvaluationTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Autre", Operator.EQUALS, "autre", true),
        Arguments.of("Autre", Operator.DIFFERS, "Autre", false),
        Arguments.of(null, Operator.DIFFERS, "Autre", true),
        Arguments.of(null, Operator.EQUALS, "Autre", false),
        Arguments.of(null, Operator.IS_FILLED, null, false),
        Arguments.of(false, Operator.IS_FILLED, null, true),
        Arguments.of(true, Operator.EQUALS, "oui", true),
        Arguments.of(false, Operator.EQUALS, "oui", false),
        Arguments.of(new BigDecimal("2.50"), Operator.EQUALS, "2,5", true),
        Arguments.of(new BigDecimal("3"), Operator.GREATER_THAN, "2,5", true),
        Arguments.of(new BigDecimal("3"), Operator.LESS_THAN, "2,5", false),
        Arguments.of("2010-05-01", Operator.LESS_THAN, "2008-01-01", false),
        Arguments.of("2001-05-01", Operator.LESS_THAN, "2008-01-01", true),
        Arguments.of(List.of("Lundi", "Jeudi"), Operator.CONTAINS, "Jeudi", true),
        Arguments.of(List.of("Lundi"), Operator.CONTAINS, "Jeudi", false),
        Arguments.of("Rue de la Gare", Operator.CONTAINS, "gare", true),
        Arguments.of(null, Operator.GREATER_THAN, "1", false));
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @MethodSource("cases")
  void evaluatesAConditionAgainstTheCleanedAnswer(
      Object answer, Operator operator, String value, boolean expected) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("q", answer);

    assertThat(ConditionEvaluation.holds(new Condition("q", operator, value), answers::get))
        .isEqualTo(expected);
  }
}
