package fr.guichet.forms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a form (or a piece of information text). Only the components that make sense
 * for the {@link FieldType} are used; {@link FormChecks} reports the others.
 *
 * @param key identifier unique across the form, the key of the answer in a submission
 * @param type what is asked
 * @param label the question (for {@link FieldType#INFORMATION_TEXT}, the text shown)
 * @param help hint shown under the label, e.g. the expected format; may be null
 * @param required whether an answer is needed (when the field is shown)
 * @param rules extra constraints, {@link Rules#NONE} if none
 * @param options the choices of a choice field, in display order
 * @param condition when present, the field is shown (and its answer kept) only if it holds
 * @param prefill where the portal takes a suggested answer from, if anywhere
 * @param acceptedFileTypes file extensions a {@link FieldType#FILE} accepts ({@code "pdf"})
 * @param maxFileSizeBytes largest file a {@link FieldType#FILE} accepts, 0 when not set
 * @param children the fields of a {@link FieldType#REPEATABLE_GROUP}, asked once per repetition
 * @param minRepetitions fewest repetitions of a group
 * @param maxRepetitions most repetitions of a group, 0 when not set
 */
public record Field(
    String key,
    FieldType type,
    String label,
    @Nullable String help,
    boolean required,
    Rules rules,
    List<String> options,
    @Nullable Condition condition,
    @Nullable PrefillSource prefill,
    List<String> acceptedFileTypes,
    long maxFileSizeBytes,
    List<Field> children,
    int minRepetitions,
    int maxRepetitions) {

  public Field {
    options = List.copyOf(options);
    acceptedFileTypes = List.copyOf(acceptedFileTypes);
    children = List.copyOf(children);
  }

  /** An optional field with no rule, option, condition or prefill. */
  public static Field of(String key, FieldType type, String label) {
    return new Field(key, type, label, null, false, Rules.NONE, List.of(), null, null, List.of(),
        0, List.of(), 0, 0);
  }

  /**
   * A repeatable group of {@code children}, repeated between {@code min} and {@code max} times;
   * required when {@code min} is positive.
   */
  public static Field group(String key, String label, int min, int max, Field... children) {
    return new Field(key, FieldType.REPEATABLE_GROUP, label, null, min > 0, Rules.NONE, List.of(),
        null, null, List.of(), 0, List.of(children), min, max);
  }

  public Field withHelp(@Nullable String text) {
    return new Field(key, type, label, text, required, rules, options, condition, prefill,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  public Field asRequired() {
    return new Field(key, type, label, help, true, rules, options, condition, prefill,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  /** The same field, not required. */
  public Field asOptional() {
    return new Field(key, type, label, help, false, rules, options, condition, prefill,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  public Field withRules(Rules newRules) {
    return new Field(key, type, label, help, required, newRules, options, condition, prefill,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  public Field withOptions(String... choices) {
    return new Field(key, type, label, help, required, rules, List.of(choices), condition, prefill,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  /** The same field, shown only when {@code shownWhen} holds. */
  public Field when(@Nullable Condition shownWhen) {
    return new Field(key, type, label, help, required, rules, options, shownWhen, prefill,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  public Field prefilledFrom(@Nullable PrefillSource source) {
    return new Field(key, type, label, help, required, rules, options, condition, source,
        acceptedFileTypes, maxFileSizeBytes, children, minRepetitions, maxRepetitions);
  }

  /** The same file field, accepting these extensions up to {@code maxBytes}. */
  public Field accepting(long maxBytes, String... extensions) {
    return new Field(key, type, label, help, required, rules, options, condition, prefill,
        List.of(extensions), maxBytes, children, minRepetitions, maxRepetitions);
  }

  /** Whether the citizen answers this field (it is not information text). */
  public boolean takesAnswer() {
    return type.takesAnswer();
  }
}
