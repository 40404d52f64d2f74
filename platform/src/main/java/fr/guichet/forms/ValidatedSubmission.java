package fr.guichet.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of {@link SubmissionValidation}: the cleaned answers to store and the errors to show.
 *
 * @param answers the valid answers of the fields shown, by key, in document order: text (stripped),
 *     {@link java.math.BigDecimal} for numbers, ISO text for dates, {@link Boolean} for yes / no and
 *     consent (only {@code true} is kept for a consent), a list of texts for multiple choices, a map
 *     ({@code reference}, {@code name}, {@code size}) for files and a list of such maps for groups
 * @param errors French messages for the citizen, by key; inside a group the key is {@code
 *     group[index].child}; empty when the submission is accepted
 * @param ignoredKeys the keys that were sent but dropped: unknown keys, fields hidden by a
 *     condition, information texts. Worth logging: a genuine portal does not send them
 */
public record ValidatedSubmission(
    Map<String, Object> answers, Map<String, String> errors, Set<String> ignoredKeys) {

  public ValidatedSubmission {
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    ignoredKeys = Collections.unmodifiableSet(new LinkedHashSet<>(ignoredKeys));
  }

  /** Whether the submission is accepted: no error. */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
