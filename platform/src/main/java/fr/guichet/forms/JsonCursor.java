package fr.guichet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object being read, with its path from the root ({@code pages[1].sections[0]}). Reads
 * typed properties and records a French problem, prefixed by the path, for each one that is
 * missing or of the wrong type, so that all problems of a document are reported at once. It is the
 * only place, with {@link FormJson} and {@link FormJsonWriter}, that knows the Jackson API.
 */
final class JsonCursor {

  private final JsonNode node;
  private final String path;
  private final List<String> problems;

  private JsonCursor(JsonNode node, String path, List<String> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The document root, or empty (with a problem recorded) if it is not an object. */
  static Optional<JsonCursor> root(JsonNode node, List<String> problems) {
    if (!node.isObject()) {
      problems.add("(document) : un objet JSON est attendu");
      return Optional.empty();
    }
    return Optional.of(new JsonCursor(node, "", problems));
  }

  /** Reports every property whose name is not in {@code known}. */
  void allowOnly(Set<String> known) {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!known.contains(property.getKey())) {
        report(property.getKey(), "propriété inconnue");
      }
    }
  }

  boolean has(String name) {
    return get(name) != null;
  }

  /** A text property; "" (with a problem if {@code required}) when absent. */
  String text(String name, boolean required) {
    String text = optionalText(name);
    if (text == null && required && !has(name)) {
      report(name, "propriété obligatoire manquante");
    }
    return text == null ? "" : text;
  }

  @Nullable String optionalText(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      report(name, "texte attendu");
      return null;
    }
    return value.textValue();
  }

  /** A text, number or boolean written as text; null when absent. */
  @Nullable String scalarAsText(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isValueNode()) {
      report(name, "texte, nombre ou booléen attendu");
      return null;
    }
    return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
  }

  boolean bool(String name) {
    JsonNode value = get(name);
    if (value != null && !value.isBoolean()) {
      report(name, "booléen attendu (true ou false)");
      return false;
    }
    return value != null && value.booleanValue();
  }

  @Nullable Integer integer(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      report(name, "nombre entier attendu");
      return null;
    }
    return value.intValue();
  }

  long longOrZero(String name) {
    JsonNode value = get(name);
    if (value != null && (!value.isIntegralNumber() || !value.canConvertToLong())) {
      report(name, "nombre entier attendu");
      return 0;
    }
    return value == null ? 0 : value.longValue();
  }

  @Nullable BigDecimal decimal(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      report(name, "nombre attendu (avec un point décimal)");
      return null;
    }
    return value.decimalValue();
  }

  /** An enumerated value written as text, e.g. a field type; null when absent or unknown. */
  <E> @Nullable E choice(
      String name, boolean required, Function<String, Optional<E>> parse, String unknown) {
    String text = required ? text(name, true) : optionalText(name);
    if (text == null || !has(name)) {
      return null;
    }
    Optional<E> value = parse.apply(text);
    if (value.isEmpty()) {
      report(name, unknown + " « " + text + " »");
    }
    return value.orElse(null);
  }

  List<String> texts(String name) {
    List<String> texts = new ArrayList<>();
    for (ElementOf element : elements(name)) {
      if (element.node().isTextual()) {
        texts.add(element.node().textValue());
      } else {
        problems.add(element.path() + " : texte attendu");
      }
    }
    return texts;
  }

  /** The objects of an array property; each element that is not an object is reported. */
  List<JsonCursor> objects(String name) {
    List<JsonCursor> objects = new ArrayList<>();
    for (ElementOf element : elements(name)) {
      if (element.node().isObject()) {
        objects.add(new JsonCursor(element.node(), element.path(), problems));
      } else {
        problems.add(element.path() + " : objet attendu");
      }
    }
    return objects;
  }

  /** An object property; empty when absent (or reported when not an object). */
  Optional<JsonCursor> object(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      report(name, "objet attendu");
      return Optional.empty();
    }
    return Optional.of(new JsonCursor(value, pathOf(name), problems));
  }

  void report(String name, String message) {
    problems.add(pathOf(name) + " : " + message);
  }

  private List<ElementOf> elements(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      report(name, "liste attendue");
      return List.of();
    }
    List<ElementOf> elements = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      elements.add(new ElementOf(value.get(i), pathOf(name) + "[" + i + "]"));
    }
    return elements;
  }

  /** The property's value, null when absent or JSON null. */
  private @Nullable JsonNode get(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private record ElementOf(JsonNode node, String path) {}
}
