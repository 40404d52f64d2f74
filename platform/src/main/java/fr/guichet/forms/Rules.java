package fr.guichet.forms;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Extra constraints on an answer. Lengths and pattern apply to text fields, values to numbers.
 *
 * @param minLength fewest characters, if any
 * @param maxLength most characters, if any
 * @param minValue smallest number accepted, if any
 * @param maxValue largest number accepted, if any
 * @param pattern a Java regular expression the whole answer must match, if any
 * @param patternMessage the French message shown when the pattern does not match, written for the
 *     citizen ("Saisissez les 7 chiffres de votre numéro d’allocataire.")
 */
public record Rules(
    @Nullable Integer minLength,
    @Nullable Integer maxLength,
    @Nullable BigDecimal minValue,
    @Nullable BigDecimal maxValue,
    @Nullable String pattern,
    @Nullable String patternMessage) {

  public static final Rules NONE = new Rules(null, null, null, null, null, null);

  public static Rules length(@Nullable Integer min, @Nullable Integer max) {
    return new Rules(min, max, null, null, null, null);
  }

  public static Rules value(@Nullable BigDecimal min, @Nullable BigDecimal max) {
    return new Rules(null, null, min, max, null, null);
  }

  public static Rules pattern(String pattern, String message) {
    return new Rules(null, null, null, null, pattern, message);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  public boolean hasLengthOrPattern() {
    return minLength != null || maxLength != null || pattern != null;
  }

  public boolean hasValueLimits() {
    return minValue != null || maxValue != null;
  }
}
