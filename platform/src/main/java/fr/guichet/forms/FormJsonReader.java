package fr.guichet.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link FormDefinition} from a parsed JSON tree, reporting every structural problem with
 * its path. Semantic rules (labels, unique keys, conditions…) are left to {@link FormChecks}, so
 * that a draft can be saved and reopened.
 */
final class FormJsonReader {

  /** Nesting of groups beyond which reading stops; far above {@link FormLimits#MAX_GROUP_DEPTH}. */
  private static final int MAX_READ_DEPTH = 10;

  private static final Set<String> ROOT = Set.of("formatVersion", "pages");
  private static final Set<String> PAGE = Set.of("key", "title", "condition", "sections");
  private static final Set<String> SECTION = Set.of("key", "title", "condition", "fields");
  private static final Set<String> FIELD = Set.of("key", "type", "label", "help", "required",
      "rules", "options", "condition", "prefill", "acceptedFileTypes", "maxFileSizeBytes", "fields",
      "minRepetitions", "maxRepetitions");
  private static final Set<String> RULES = Set.of("minLength", "maxLength", "minValue", "maxValue",
      "pattern", "patternMessage");
  private static final Set<String> CONDITION = Set.of("field", "operator", "value");

  private FormJsonReader() {}

  /** The definition, or null when problems were added. */
  static @Nullable FormDefinition read(JsonCursor root, List<String> problems) {
    root.allowOnly(ROOT);
    Integer version = root.integer("formatVersion");
    if (version == null && !root.has("formatVersion")) {
      root.report("formatVersion", "propriété obligatoire manquante");
    } else if (version != null && version != FormDefinition.FORMAT_VERSION) {
      root.report("formatVersion", "version " + version + " non prise en charge (seule la version "
          + FormDefinition.FORMAT_VERSION + " l’est)");
    }
    List<Page> pages = root.objects("pages").stream().map(FormJsonReader::page).toList();
    return problems.isEmpty() ? new FormDefinition(Objects.requireNonNull(version), pages) : null;
  }

  private static Page page(JsonCursor json) {
    json.allowOnly(PAGE);
    List<Section> sections = json.objects("sections").stream().map(FormJsonReader::section).toList();
    return new Page(json.text("key", true), json.text("title", false), condition(json), sections);
  }

  private static Section section(JsonCursor json) {
    json.allowOnly(SECTION);
    return new Section(json.text("key", true), json.text("title", false), condition(json),
        fields(json, 0));
  }

  private static List<Field> fields(JsonCursor json, int depth) {
    if (depth > MAX_READ_DEPTH) {
      json.report("fields", "imbrication trop profonde (plus de " + MAX_READ_DEPTH + " niveaux)");
      return List.of();
    }
    List<Field> fields = new ArrayList<>();
    for (JsonCursor field : json.objects("fields")) {
      Field read = field(field, depth);
      if (read != null) {
        fields.add(read);
      }
    }
    return fields;
  }

  private static @Nullable Field field(JsonCursor json, int depth) {
    json.allowOnly(FIELD);
    String key = json.text("key", true);
    FieldType type = json.choice("type", true, FieldType::fromJsonName, "type de champ inconnu");
    String label = json.text("label", false);
    String help = json.optionalText("help");
    boolean required = json.bool("required");
    Rules rules = json.object("rules").map(FormJsonReader::rules).orElse(Rules.NONE);
    List<String> options = json.texts("options");
    Condition condition = condition(json);
    PrefillSource prefill = json.choice("prefill", false, PrefillSource::fromJsonName,
        "source de préremplissage inconnue");
    List<String> fileTypes = json.texts("acceptedFileTypes");
    long maxFileSize = json.longOrZero("maxFileSizeBytes");
    List<Field> children = fields(json, depth + 1);
    Integer min = json.integer("minRepetitions");
    Integer max = json.integer("maxRepetitions");
    if (type == null) {
      return null;
    }
    return new Field(key, type, label, help, required, rules, options, condition, prefill,
        fileTypes, maxFileSize, children, min == null ? 0 : min, max == null ? 0 : max);
  }

  private static Rules rules(JsonCursor json) {
    json.allowOnly(RULES);
    return new Rules(json.integer("minLength"), json.integer("maxLength"), json.decimal("minValue"),
        json.decimal("maxValue"), json.optionalText("pattern"), json.optionalText("patternMessage"));
  }

  private static @Nullable Condition condition(JsonCursor owner) {
    return owner.object("condition").map(FormJsonReader::conditionOf).orElse(null);
  }

  private static @Nullable Condition conditionOf(JsonCursor json) {
    json.allowOnly(CONDITION);
    String field = json.text("field", true);
    Condition.Operator operator = json.choice("operator", true, Condition.Operator::fromJsonName,
        "opérateur inconnu");
    String value = json.scalarAsText("value");
    return operator == null ? null : new Condition(field, operator, value);
  }
}
