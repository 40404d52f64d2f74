package fr.guichet.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parsing of the text forms of answers and condition values, shared by checks and validation. */
final class Values {

  /** Digits with at most one decimal separator, point or comma; no exponent (no "1e999999"). */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(?:[.,]\\d{1,30})?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** Spaces used as thousands separators: plain, no-break and narrow no-break. */
  private static final Pattern GROUPING = Pattern.compile("[ \\u00a0\\u202f]");

  private Values() {}

  /** "1 234,5", "1234.5" or "-3"; null when it is not a number. */
  static @Nullable BigDecimal number(String text) {
    String compact = GROUPING.matcher(text.strip()).replaceAll("");
    if (!DECIMAL.matcher(compact).matches()) {
      return null;
    }
    return new BigDecimal(compact.replace(',', '.'));
  }

  /** An ISO date ({@code 2024-02-29}); null when it is not a real date in that format. */
  static @Nullable LocalDate date(String text) {
    String trimmed = text.strip();
    if (!ISO_DATE.matcher(trimmed).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "oui" / "true" → true, "non" / "false" → false (ignoring case), otherwise null. */
  static @Nullable Boolean yesNo(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "oui", "true" -> Boolean.TRUE;
      case "non", "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** A number for French readers: comma as decimal separator, no exponent. */
  static String french(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
