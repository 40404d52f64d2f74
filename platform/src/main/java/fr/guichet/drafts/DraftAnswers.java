package fr.guichet.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormDefinition;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A draft's answers as stored: JSON of what the citizen typed, valid or not (a date is its ISO text, a number the
 * text typed). Carried over to another version of the form by key and type.
 */
final class DraftAnswers {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private DraftAnswers() {
    }

    static String write(Map<String, ?> answers) {
        try {
            return MAPPER.writeValueAsString(plain(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Draft answers cannot be written as JSON", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not valid JSON", e);
        }
    }

    /**
     * The answers of {@code from}'s form that {@code to} still asks: same key, same type of field (inside groups,
     * the same for each entry's fields). A question removed, or turned into another kind, loses its answer.
     */
    static Map<String, Object> carryOver(Map<String, Object> answers, FormDefinition from, FormDefinition to) {
        Map<String, Object> kept = new LinkedHashMap<>();
        answers.forEach((key, value) -> sameField(from, to, key).ifPresent(field -> kept.put(key,
                field.type() == FieldType.REPEATABLE_GROUP ? entries(value, from, to, field) : value)));
        return kept;
    }

    private static Optional<Field> sameField(FormDefinition from, FormDefinition to, String key) {
        Optional<Field> before = from.field(key);
        return to.field(key).filter(after -> before.map(b -> b.type() == after.type()).orElse(false));
    }

    private static Object entries(Object value, FormDefinition from, FormDefinition to, Field group) {
        if (!(value instanceof List<?> entries)) {
            return List.of();
        }
        List<Object> kept = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> answers) {
                Map<String, Object> keptEntry = new LinkedHashMap<>();
                answers.forEach((key, answer) -> {
                    if (group.children().stream().anyMatch(child -> child.key().equals(key))) {
                        sameField(from, to, (String) key).ifPresent(child -> keptEntry.put((String) key, answer));
                    }
                });
                kept.add(keptEntry);
            }
        }
        return kept;
    }

    /** Dates as their ISO text, maps and lists walked, everything else as JSON writes it. */
    private static Object plain(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> {
                    if (item != null) {
                        copy.put(String.valueOf(key), plain(item));
                    }
                });
                yield copy;
            }
            case List<?> list -> list.stream().filter(java.util.Objects::nonNull).map(DraftAnswers::plain).toList();
            case java.util.Set<?> set -> set.stream().filter(java.util.Objects::nonNull).map(DraftAnswers::plain)
                    .toList();
            case TemporalAccessor temporal -> temporal.toString();
            default -> value;
        };
    }
}
