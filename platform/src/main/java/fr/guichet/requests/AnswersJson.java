package fr.guichet.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The cleaned answers of a request as stored: a JSON object, numbers exact (no floating point on the way). */
final class AnswersJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AnswersJson() {
    }

    static String write(Map<String, Object> answers) {
        try {
            return MAPPER.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Validated answers cannot be written as JSON", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not valid JSON", e);
        }
    }
}
