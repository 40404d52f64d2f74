package fr.guichet.forms;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The answer to a {@link FieldType#FILE} field: not the file itself, which the upload endpoint
 * stores (and inspects) beforehand, but its description {@code {"reference": "…", "name":
 * "acte.pdf", "size": 123456}}. The extension of the name and the size are checked against the
 * field; the upload endpoint must check the content really matches.
 */
final class FileAnswer {

  static final String REFERENCE = "reference";
  static final String NAME = "name";
  static final String SIZE = "size";

  private static final Pattern REFERENCE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,100}");
  private static final int MAX_NAME_LENGTH = 255;

  private FileAnswer() {}

  static AnswerParsing.Outcome parse(Field field, Object raw) {
    if (!(raw instanceof Map<?, ?> map)) {
      return AnswerParsing.Outcome.error(AnswerParsing.INVALID);
    }
    if (map.isEmpty()) {
      return AnswerParsing.Outcome.EMPTY;
    }
    if (!(map.get(REFERENCE) instanceof String reference)
        || !REFERENCE_SHAPE.matcher(reference).matches()
        || !(map.get(NAME) instanceof String name) || name.isBlank()
        || name.length() > MAX_NAME_LENGTH
        || !(map.get(SIZE) instanceof Number size) || size.longValue() < 0) {
      return AnswerParsing.Outcome.error(AnswerParsing.INVALID);
    }
    String extension = extension(name);
    if (!field.acceptedFileTypes().contains(extension)) {
      return AnswerParsing.Outcome.error("Le fichier doit être de type "
          + String.join(", ", field.acceptedFileTypes()) + ".");
    }
    if (size.longValue() > field.maxFileSizeBytes()) {
      return AnswerParsing.Outcome.error("Le fichier dépasse la taille maximale de "
          + megabytes(field.maxFileSizeBytes()) + ".");
    }
    Map<String, Object> cleaned = new LinkedHashMap<>();
    cleaned.put(REFERENCE, reference);
    cleaned.put(NAME, name.strip());
    cleaned.put(SIZE, size.longValue());
    return new AnswerParsing.Outcome(cleaned, null);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }

  private static String megabytes(long bytes) {
    long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
    return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "," + (tenths % 10))
        + " Mo";
  }
}
