package fr.guichet.forms;

import fr.guichet.forms.checks.TextRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw answer to one (non-group) field into its cleaned value, or a French error for the
 * citizen. An empty answer (null, blank text, empty list, unticked consent) gives an empty
 * outcome; whether it is required is decided by the caller.
 */
final class AnswerParsing {

  static final String INVALID = "La réponse n’est pas valide.";
  /** Control characters other than tab and line breaks. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
  private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r]");
  private static final int MAX_NUMBER_DIGITS = 30;

  /** A cleaned value, or an error, or neither when the answer is empty. */
  record Outcome(@Nullable Object value, @Nullable String error) {
    static final Outcome EMPTY = new Outcome(null, null);

    static Outcome error(String message) {
      return new Outcome(null, message);
    }
  }

  private final IdentifierCheck identifiers;

  AnswerParsing(IdentifierCheck identifiers) {
    this.identifiers = identifiers;
  }

  Outcome parse(Field field, @Nullable Object raw) {
    if (raw == null) {
      return Outcome.EMPTY;
    }
    FieldType type = field.type();
    if (type.isText()) {
      return raw instanceof String text ? text(field, text.strip()) : Outcome.error(INVALID);
    }
    return switch (type) {
      case NUMBER -> number(field, raw);
      case DATE -> date(raw);
      case YES_NO, CONSENT -> yesNo(type, raw);
      case SINGLE_CHOICE, DROPDOWN -> raw instanceof String choice ? single(field, choice)
          : Outcome.error(INVALID);
      case MULTIPLE_CHOICE -> multiple(field, raw);
      case FILE -> FileAnswer.parse(field, raw);
      default -> Outcome.error(INVALID);
    };
  }

  private Outcome text(Field field, String text) {
    if (text.isEmpty()) {
      return Outcome.EMPTY;
    }
    boolean multiline = field.type() == FieldType.LONG_TEXT
        || field.type() == FieldType.POSTAL_ADDRESS;
    int max = field.type() == FieldType.LONG_TEXT ? FormLimits.MAX_LONG_ANSWER_LENGTH
        : FormLimits.MAX_SHORT_ANSWER_LENGTH;
    if (CONTROL.matcher(text).find() || (!multiline && LINE_BREAK.matcher(text).find())) {
      return Outcome.error("Le texte contient des caractères non autorisés.");
    }
    Rules rules = field.rules();
    int length = text.codePointCount(0, text.length());
    if (rules.minLength() != null && length < rules.minLength()) {
      return Outcome.error("Saisissez au moins " + rules.minLength() + " caractères.");
    }
    int maxLength = rules.maxLength() == null ? max : Math.min(max, rules.maxLength());
    if (length > maxLength) {
      return Outcome.error("Saisissez au plus " + maxLength + " caractères.");
    }
    if (rules.pattern() != null && !matches(rules.pattern(), text)) {
      String message = rules.patternMessage();
      return Outcome.error(message == null || message.isBlank() ? INVALID : message);
    }
    String problem = identifiers.problem(field.type(), text);
    return problem == null ? new Outcome(text, null) : Outcome.error(problem);
  }

  /** Guarded matching (input and work bounded, see {@link TextRules#pattern}). */
  private static boolean matches(String pattern, String text) {
    try {
      return TextRules.pattern(text, pattern, INVALID).isValid();
    } catch (IllegalArgumentException unpublishable) {
      return false; // an unpublishable pattern refuses everything rather than nothing
    }
  }

  private static Outcome number(Field field, Object raw) {
    BigDecimal number = switch (raw) {
      case BigDecimal decimal -> decimal;
      case BigInteger integer -> new BigDecimal(integer);
      case Integer i -> BigDecimal.valueOf(i);
      case Long l -> BigDecimal.valueOf(l);
      case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
      case String text when text.isBlank() -> null;
      case String text -> Values.number(text);
      default -> null;
    };
    if (number == null) {
      return raw instanceof String text && text.isBlank() ? Outcome.EMPTY
          : Outcome.error("Saisissez un nombre, par exemple 12,5.");
    }
    if (number.precision() > MAX_NUMBER_DIGITS || Math.abs(number.scale()) > MAX_NUMBER_DIGITS) {
      return Outcome.error("Ce nombre est trop long.");
    }
    Rules rules = field.rules();
    if (rules.minValue() != null && number.compareTo(rules.minValue()) < 0) {
      return Outcome.error("Saisissez un nombre supérieur ou égal à "
          + Values.french(rules.minValue()) + ".");
    }
    if (rules.maxValue() != null && number.compareTo(rules.maxValue()) > 0) {
      return Outcome.error("Saisissez un nombre inférieur ou égal à "
          + Values.french(rules.maxValue()) + ".");
    }
    return new Outcome(number, null);
  }

  private static Outcome date(Object raw) {
    if (raw instanceof LocalDate date) {
      return new Outcome(date.toString(), null);
    }
    if (!(raw instanceof String text)) {
      return Outcome.error(INVALID);
    }
    if (text.isBlank()) {
      return Outcome.EMPTY;
    }
    LocalDate date = Values.date(text);
    return date == null ? Outcome.error("Saisissez une date valide, par exemple 14/07/1990.")
        : new Outcome(date.toString(), null);
  }

  private static Outcome yesNo(FieldType type, Object raw) {
    Boolean answer = switch (raw) {
      case Boolean bool -> bool;
      case String text when text.isBlank() -> null;
      case String text -> Values.yesNo(text);
      default -> null;
    };
    if (answer == null) {
      return raw instanceof String text && text.isBlank() ? Outcome.EMPTY
          : Outcome.error(type == FieldType.CONSENT ? INVALID : "Répondez par oui ou par non.");
    }
    // An unticked consent is no answer: only a ticked box is kept.
    return type == FieldType.CONSENT && !answer ? Outcome.EMPTY : new Outcome(answer, null);
  }

  private static Outcome single(Field field, String choice) {
    if (choice.isBlank()) {
      return Outcome.EMPTY;
    }
    return field.options().contains(choice) ? new Outcome(choice, null)
        : Outcome.error("Choisissez une des options proposées.");
  }

  private static Outcome multiple(Field field, Object raw) {
    if (!(raw instanceof Collection<?> choices)) {
      return Outcome.error(INVALID);
    }
    for (Object choice : choices) {
      if (!(choice instanceof String option) || !field.options().contains(option)) {
        return Outcome.error("Choisissez uniquement parmi les options proposées.");
      }
    }
    // Kept in the order of the options, without duplicates.
    List<String> kept = new ArrayList<>(field.options());
    kept.retainAll(choices);
    return kept.isEmpty() ? Outcome.EMPTY : new Outcome(List.copyOf(kept), null);
  }
}
