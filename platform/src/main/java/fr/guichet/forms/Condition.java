package fr.guichet.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Shows a page, a section or a field only when an earlier answer satisfies a test. A hidden element
 * is not required and its answers are dropped.
 *
 * @param fieldKey the key of an earlier field
 * @param operator the test
 * @param value what the answer is compared with; unused by {@link Operator#IS_FILLED}. Numbers may
 *     use a decimal comma, dates are ISO ({@code 2024-12-31}), yes / no is {@code oui} or {@code non}
 */
public record Condition(String fieldKey, Operator operator, @Nullable String value) {

  public static Condition equalTo(String fieldKey, String value) {
    return new Condition(fieldKey, Operator.EQUALS, value);
  }

  public static Condition isFilled(String fieldKey) {
    return new Condition(fieldKey, Operator.IS_FILLED, null);
  }

  /** The tests a condition can apply. In JSON an operator is written in lower case. */
  public enum Operator {
    EQUALS,
    DIFFERS,
    /** The answer contains the value: a ticked option, or a piece of text (ignoring case). */
    CONTAINS,
    IS_FILLED,
    GREATER_THAN,
    LESS_THAN;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operator> fromJsonName(String jsonName) {
      return Arrays.stream(values()).filter(op -> op.jsonName().equals(jsonName)).findFirst();
    }

    /** Whether a condition on a field of this type may use this operator. */
    public boolean appliesTo(FieldType type) {
      if (!type.takesAnswer()) {
        return false;
      }
      return switch (this) {
        case IS_FILLED -> true;
        case EQUALS, DIFFERS -> type != FieldType.MULTIPLE_CHOICE && type != FieldType.FILE
            && type != FieldType.REPEATABLE_GROUP;
        case CONTAINS -> type == FieldType.MULTIPLE_CHOICE || type == FieldType.SHORT_TEXT
            || type == FieldType.LONG_TEXT || type == FieldType.POSTAL_ADDRESS;
        case GREATER_THAN, LESS_THAN -> type.isOrdered();
      };
    }

    /** Whether the condition needs a value to compare with. */
    public boolean needsValue() {
      return this != IS_FILLED;
    }
  }
}
