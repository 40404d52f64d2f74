package fr.guichet.forms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link FormDefinition} into a JSON tree, in a fixed property order and leaving out
 * absent and default values (no condition, {@code required: false}, empty lists, zeros), so that
 * the stored JSON stays short and diffs between versions of a form stay readable.
 */
final class FormJsonWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FormJsonWriter() {}

  static ObjectNode write(FormDefinition form) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", form.formatVersion());
    ArrayNode pages = root.putArray("pages");
    form.pages().forEach(page -> pages.add(page(page)));
    return root;
  }

  private static ObjectNode page(Page page) {
    ObjectNode json = NODES.objectNode();
    json.put("key", page.key());
    json.put("title", page.title());
    condition(json, page.condition());
    ArrayNode sections = json.putArray("sections");
    page.sections().forEach(section -> sections.add(section(section)));
    return json;
  }

  private static ObjectNode section(Section section) {
    ObjectNode json = NODES.objectNode();
    json.put("key", section.key());
    json.put("title", section.title());
    condition(json, section.condition());
    fields(json, section.fields());
    return json;
  }

  private static void fields(ObjectNode owner, List<Field> fields) {
    ArrayNode array = owner.putArray("fields");
    fields.forEach(field -> array.add(field(field)));
  }

  private static ObjectNode field(Field field) {
    ObjectNode json = NODES.objectNode();
    json.put("key", field.key());
    json.put("type", field.type().jsonName());
    json.put("label", field.label());
    if (field.help() != null) {
      json.put("help", field.help());
    }
    if (field.required()) {
      json.put("required", true);
    }
    if (!field.rules().isEmpty()) {
      json.set("rules", rules(field.rules()));
    }
    texts(json, "options", field.options());
    condition(json, field.condition());
    if (field.prefill() != null) {
      json.put("prefill", field.prefill().jsonName());
    }
    texts(json, "acceptedFileTypes", field.acceptedFileTypes());
    if (field.maxFileSizeBytes() != 0) {
      json.put("maxFileSizeBytes", field.maxFileSizeBytes());
    }
    if (!field.children().isEmpty()) {
      fields(json, field.children());
    }
    if (field.type() == FieldType.REPEATABLE_GROUP || field.minRepetitions() != 0) {
      json.put("minRepetitions", field.minRepetitions());
    }
    if (field.type() == FieldType.REPEATABLE_GROUP || field.maxRepetitions() != 0) {
      json.put("maxRepetitions", field.maxRepetitions());
    }
    return json;
  }

  private static ObjectNode rules(Rules rules) {
    ObjectNode json = NODES.objectNode();
    if (rules.minLength() != null) {
      json.put("minLength", rules.minLength());
    }
    if (rules.maxLength() != null) {
      json.put("maxLength", rules.maxLength());
    }
    if (rules.minValue() != null) {
      json.put("minValue", rules.minValue());
    }
    if (rules.maxValue() != null) {
      json.put("maxValue", rules.maxValue());
    }
    if (rules.pattern() != null) {
      json.put("pattern", rules.pattern());
    }
    if (rules.patternMessage() != null) {
      json.put("patternMessage", rules.patternMessage());
    }
    return json;
  }

  private static void condition(ObjectNode owner, @Nullable Condition condition) {
    if (condition == null) {
      return;
    }
    ObjectNode json = owner.putObject("condition");
    json.put("field", condition.fieldKey());
    json.put("operator", condition.operator().jsonName());
    if (condition.value() != null) {
      json.put("value", condition.value());
    }
  }

  private static void texts(ObjectNode owner, String name, List<String> texts) {
    if (!texts.isEmpty()) {
      ArrayNode array = owner.putArray(name);
      texts.forEach(array::add);
    }
  }
}
