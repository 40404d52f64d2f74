package fr.guichet.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.StringJoiner;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of a request's answers: every text, number and choice of the answers JSON, one after the other (the
 * field keys are left out: they are identifiers, not what anyone typed).
 */
final class AnswersText implements ValueBridge<String, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(AnswersText.class);

    @Override
    public @Nullable String toIndexedValue(@Nullable String json, ValueBridgeToIndexedValueContext context) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            StringJoiner text = new StringJoiner("\n");
            collect(JSON.readTree(json), text);
            return text.toString();
        } catch (JsonProcessingException e) {
            log.warn("Answers of a request are not valid JSON; indexed without them", e);
            return null;
        }
    }

    private static void collect(JsonNode node, StringJoiner text) {
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, text));
        } else if (node.isValueNode() && !node.isNull() && !node.isBoolean()) {
            String value = node.asText().strip();
            if (!value.isEmpty()) {
                text.add(value);
            }
        }
    }
}
