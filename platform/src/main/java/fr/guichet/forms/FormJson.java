package fr.guichet.forms;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a {@link FormDefinition} in its JSON format, documented in {@code docs/forms.md}.
 * Reading is strict about the structure (unknown properties, wrong types, unknown field types are
 * refused) and reports every problem with its JSON path; it does not run the publication checks of
 * {@link FormChecks}, so drafts can be stored. Thread-safe.
 *
 * <p>Jackson 2 ({@code com.fasterxml}) is used because the platform module only has Jackson 3
 * ({@code tools.jackson}) at runtime; once {@code tools.jackson.core:jackson-databind} is a
 * compile dependency, moving over only touches this class, {@link JsonCursor} and {@link
 * FormJsonWriter} (package names, {@code JacksonException}, {@code StreamWriteFeature}).
 */
public final class FormJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private FormJson() {}

  /** The definition as indented JSON. */
  public static String write(FormDefinition form) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(FormJsonWriter.write(form));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("A form tree could not be written", e);
    }
  }

  /**
   * Reads a definition.
   *
   * @throws InvalidFormDefinition listing every problem found, each prefixed by its JSON path
   */
  public static FormDefinition read(String json) {
    if (json.length() > FormLimits.MAX_JSON_CHARS) {
      throw new InvalidFormDefinition(List.of("(document) : le fichier dépasse la limite de "
          + FormLimits.MAX_JSON_CHARS + " caractères (MAX_JSON_CHARS)"));
    }
    if (json.isBlank()) {
      throw new InvalidFormDefinition(List.of("(document) : le fichier est vide"));
    }
    List<String> problems = new ArrayList<>();
    FormDefinition form = JsonCursor.root(parse(json), problems)
        .map(root -> FormJsonReader.read(root, problems))
        .orElse(null);
    if (form == null || !problems.isEmpty()) {
      throw new InvalidFormDefinition(problems);
    }
    return form;
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidFormDefinition(List.of("(document) : JSON mal formé" + where(e)
          + (e.getOriginalMessage().startsWith("Duplicate") ? ", propriété en double" : "")));
    }
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? ""
        : " ligne " + location.getLineNr() + ", colonne " + location.getColumnNr();
  }
}
