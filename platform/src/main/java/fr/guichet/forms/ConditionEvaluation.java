package fr.guichet.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a condition against cleaned answers (see {@link SubmissionValidation}): numbers are
 * {@link BigDecimal}, yes / no and consent {@link Boolean}, dates ISO text, multiple choices lists.
 * An unanswered (or hidden, or invalid) field only satisfies {@code differs}.
 */
final class ConditionEvaluation {

  private ConditionEvaluation() {}

  /** Whether the element is shown: true without a condition. */
  static boolean holds(@Nullable Condition condition, Function<String, @Nullable Object> answers) {
    if (condition == null) {
      return true;
    }
    Object answer = answers.apply(condition.fieldKey());
    String value = condition.value();
    return switch (condition.operator()) {
      case IS_FILLED -> answer != null;
      case EQUALS -> answer != null && value != null && same(answer, value);
      case DIFFERS -> answer == null || value == null || !same(answer, value);
      case CONTAINS -> answer != null && value != null && contains(answer, value);
      case GREATER_THAN -> answer != null && value != null && compare(answer, value) > 0;
      case LESS_THAN -> answer != null && value != null && compare(answer, value) < 0;
    };
  }

  private static boolean same(Object answer, String value) {
    return switch (answer) {
      case BigDecimal number -> {
        BigDecimal expected = Values.number(value);
        yield expected != null && number.compareTo(expected) == 0;
      }
      case Boolean bool -> bool.equals(Values.yesNo(value));
      case String text -> text.strip().equalsIgnoreCase(value.strip());
      default -> false;
    };
  }

  private static boolean contains(Object answer, String value) {
    return switch (answer) {
      case List<?> list -> list.contains(value);
      case String text -> text.toLowerCase(Locale.FRENCH)
          .contains(value.strip().toLowerCase(Locale.FRENCH));
      default -> false;
    };
  }

  /** Positive, negative or zero like {@link Comparable}; zero when the two cannot be compared. */
  private static int compare(Object answer, String value) {
    if (answer instanceof BigDecimal number) {
      BigDecimal expected = Values.number(value);
      return expected == null ? 0 : number.compareTo(expected);
    }
    if (answer instanceof String text) {
      LocalDate date = Values.date(text);
      LocalDate expected = Values.date(value);
      return date == null || expected == null ? 0 : date.compareTo(expected);
    }
    return 0;
  }
}
