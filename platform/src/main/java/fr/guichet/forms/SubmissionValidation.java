package fr.guichet.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The authoritative, server-side validation of a citizen's submission against a form. Whatever
 * the browser did, only what this class accepts is stored: conditions are evaluated again (a
 * hidden field's answer is dropped and a hidden field is never required), keys that are not
 * fields of the form are dropped, every answer is parsed and checked against its type, its rules
 * and its options, and repeatable groups against their number of repetitions.
 *
 * <p>Conditions are evaluated in document order against the answers already accepted, so an
 * invalid answer counts as no answer for the fields that depend on it.
 */
public final class SubmissionValidation {

  static final String REQUIRED = "Ce champ est obligatoire.";
  static final String CONSENT_REQUIRED = "Vous devez cocher cette case pour continuer.";

  private final AnswerParsing parsing;

  /** With the given identifier check, e.g. checksums instead of the default shape-only check. */
  SubmissionValidation(IdentifierCheck identifiers) {
    this.parsing = new AnswerParsing(identifiers);
  }

  /**
   * Validates and cleans a submission.
   *
   * @param form a form that passed {@link FormChecks}
   * @param answers the submitted answers by field key, as decoded from JSON (texts, numbers,
   *     booleans, lists and maps); a group's answer is a list of maps of its fields' answers
   */
  public static ValidatedSubmission validate(
      FormDefinition form, Map<String, ? extends @Nullable Object> answers) {
    return new SubmissionValidation(new ChecksumCheck()).check(form, answers);
  }

  ValidatedSubmission check(FormDefinition form, Map<String, ? extends @Nullable Object> answers) {
    Map<String, Object> cleaned = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> ignored = new LinkedHashSet<>();
    Set<String> shown = new HashSet<>();
    Function<String, @Nullable Object> accepted = cleaned::get;
    for (Page page : form.pages()) {
      if (!ConditionEvaluation.holds(page.condition(), accepted)) {
        continue;
      }
      for (Section section : page.sections()) {
        if (ConditionEvaluation.holds(section.condition(), accepted)) {
          shown.addAll(fields(section.fields(), answers,
              new Level(cleaned, errors, ignored, "", accepted)));
        }
      }
    }
    ignoreUnshown(answers, shown, "", ignored);
    return new ValidatedSubmission(cleaned, errors, ignored);
  }

  /**
   * Where the answers of one list of fields go.
   *
   * @param prefix prepended to keys in errors ({@code "enfants[0]."} inside a group)
   * @param lookup the accepted answers visible to conditions at this level
   */
  private record Level(Map<String, Object> cleaned, Map<String, String> errors,
      Set<String> ignored, String prefix, Function<String, @Nullable Object> lookup) {}

  /** Validates the fields shown at one level and returns their keys. */
  private Set<String> fields(List<Field> fields, Map<?, ?> raw, Level level) {
    Set<String> shown = new HashSet<>();
    for (Field field : fields) {
      if (!field.takesAnswer() || !ConditionEvaluation.holds(field.condition(), level.lookup())) {
        continue;
      }
      shown.add(field.key());
      Object value = raw.get(field.key());
      if (field.type() == FieldType.REPEATABLE_GROUP) {
        group(field, value, level);
        continue;
      }
      AnswerParsing.Outcome outcome = parsing.parse(field, value);
      String errorKey = level.prefix() + field.key();
      if (outcome.error() != null) {
        level.errors().put(errorKey, outcome.error());
      } else if (outcome.value() != null) {
        level.cleaned().put(field.key(), outcome.value());
      } else if (field.required()) {
        level.errors().put(errorKey,
            field.type() == FieldType.CONSENT ? CONSENT_REQUIRED : REQUIRED);
      }
    }
    return shown;
  }

  /** Every sent key that is not a field shown at this level is dropped, and recorded. */
  private static void ignoreUnshown(Map<?, ?> raw, Set<String> shown, String prefix,
      Set<String> ignored) {
    raw.keySet().stream().map(String::valueOf).filter(key -> !shown.contains(key))
        .forEach(key -> ignored.add(prefix + key));
  }

  private void group(Field group, @Nullable Object value, Level level) {
    String errorKey = level.prefix() + group.key();
    if (value != null && !(value instanceof List<?>)) {
      level.errors().put(errorKey, AnswerParsing.INVALID);
      return;
    }
    List<?> entries = value == null ? List.of() : (List<?>) value;
    int max = group.maxRepetitions() > 0
        ? Math.min(group.maxRepetitions(), FormLimits.MAX_REPETITIONS)
        : FormLimits.MAX_REPETITIONS;
    if (entries.size() > max) {
      level.errors().put(errorKey, "Vous pouvez ajouter au plus " + max + " " + items(max) + ".");
      return;
    }
    List<Map<String, Object>> kept = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entryPrefix = errorKey + "[" + i + "].";
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        level.errors().put(errorKey + "[" + i + "]", AnswerParsing.INVALID);
        continue;
      }
      Map<String, Object> cleanedEntry = new LinkedHashMap<>();
      Function<String, @Nullable Object> lookup = key -> cleanedEntry.containsKey(key)
          ? cleanedEntry.get(key) : level.lookup().apply(key);
      Set<String> shown = fields(group.children(), entry,
          new Level(cleanedEntry, level.errors(), level.ignored(), entryPrefix, lookup));
      ignoreUnshown(entry, shown, entryPrefix, level.ignored());
      kept.add(Collections.unmodifiableMap(cleanedEntry));
    }
    if (entries.isEmpty() && group.required()) {
      level.errors().put(errorKey, REQUIRED);
    } else if (entries.size() < group.minRepetitions()) {
      level.errors().put(errorKey, "Ajoutez au moins " + group.minRepetitions() + " "
          + items(group.minRepetitions()) + ".");
    } else if (!kept.isEmpty()) {
      level.cleaned().put(group.key(), List.copyOf(kept));
    }
  }

  private static String items(int count) {
    return count > 1 ? "éléments" : "élément";
  }
}
