package fr.guichet.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object of a procedure file and its path ({@code description}); reading a property that is missing, of the
 * wrong type or out of bounds records a French problem prefixed by the property's path, so that all the problems of
 * a file are reported at once.
 */
record FileObject(JsonNode json, String path, List<String> problems) {

    /** The document, or empty when it is not a JSON object. */
    static Optional<FileObject> root(JsonNode json, List<String> problems) {
        return json.isObject() ? Optional.of(new FileObject(json, "", problems)) : Optional.empty();
    }

    void allowOnly(Set<String> known) {
        json.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                report(name, "propriété inconnue (attendues : " + known.stream().sorted()
                        .collect(Collectors.joining(", ")) + ")");
            }
        });
    }

    /** The property's value; null when absent or JSON {@code null}. */
    @Nullable JsonNode get(String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** A required object property. */
    Optional<FileObject> object(String name) {
        JsonNode value = get(name);
        if (value == null) {
            report(name, "propriété obligatoire manquante");
            return Optional.empty();
        }
        if (!value.isObject()) {
            report(name, "objet attendu");
            return Optional.empty();
        }
        return Optional.of(new FileObject(value, pathOf(name), problems));
    }

    /**
     * A text; null when absent or blank (a problem if {@code required}).
     *
     * @param maxLength most characters, blanks included (as the text is stored), 0 for no limit
     */
    @Nullable String text(String name, boolean required, int maxLength) {
        JsonNode value = get(name);
        if (value != null && !value.isTextual()) {
            report(name, "texte attendu");
            return null;
        }
        if (value == null || value.textValue().isBlank()) {
            if (required) {
                report(name, value == null ? "propriété obligatoire manquante" : "texte obligatoire, vide ici");
            }
            return null;
        }
        int length = value.textValue().length();
        if (maxLength > 0 && length > maxLength) {
            report(name, "texte trop long : " + maxLength + " caractères au plus, " + length + " ici");
        }
        return value.textValue();
    }

    /** A whole number between {@code min} and {@code max}; null when absent or refused. */
    @Nullable Integer integer(String name, int min, int max, String unit) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            report(name, "nombre entier de " + unit + " attendu");
            return null;
        }
        if (value.intValue() < min || value.intValue() > max) {
            report(name, "entre " + min + " et " + max + " " + unit + ", " + value.intValue() + " ici");
            return null;
        }
        return value.intValue();
    }

    /** An enumerated value written as the constant's name; {@code what} names the kind, e.g. « une catégorie ». */
    <E extends Enum<E>> @Nullable E constant(String name, boolean required, Class<E> type, String what) {
        String text = text(name, required, 0);
        if (text == null) {
            return null;
        }
        Optional<E> known = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst();
        if (known.isEmpty()) {
            report(name, "« " + text + " » n’est pas " + what + " connue (" + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
        return known.orElse(null);
    }

    void report(String name, String message) {
        problems.add(pathOf(name) + " : " + message);
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
