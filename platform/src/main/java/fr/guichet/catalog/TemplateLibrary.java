package fr.guichet.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.InvalidFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The platform's library of ready procedure templates ("processus sur étagère"), read once from the JSON resources
 * {@value #LOCATION} (format: {@code templateVersion}, {@code key}, {@code description}, {@code privacy}, {@code form}).
 * A template that cannot be read stops the application with a message naming its file. Publishability of the forms
 * is checked by the tests, not here, so that a stricter publication check never stops the platform from starting.
 */
@Component
public class TemplateLibrary {

    static final String LOCATION = "classpath*:catalog/templates/*.json";
    static final int TEMPLATE_VERSION = 1;
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,79}");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> ENVELOPE = Set.of("templateVersion", "key", "description", "privacy", "form");
    private static final Set<String> DESCRIPTION = Set.of("title", "summary", "category", "audience",
            "documentsToPrepare", "processingDays", "team");
    private static final Set<String> PRIVACY = Set.of("purpose", "legalBasis", "retention", "recipients");

    private final List<ProcedureTemplate> all;
    private final Map<String, ProcedureTemplate> byKey;

    public TemplateLibrary() {
        this(load(resources()));
    }

    private TemplateLibrary(List<ProcedureTemplate> templates) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        this.all = templates.stream()
                .sorted(Comparator.comparing((ProcedureTemplate t) -> t.description().title(), collator)
                        .thenComparing(ProcedureTemplate::key))
                .toList();
        Map<String, ProcedureTemplate> keyed = new LinkedHashMap<>();
        all.forEach(template -> keyed.put(template.key(), template));
        this.byKey = Map.copyOf(keyed);
    }

    /** Every template, sorted by title (French order). */
    public List<ProcedureTemplate> all() {
        return all;
    }

    /** The template with this key, if any. */
    public Optional<ProcedureTemplate> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Reads the given template files; fails on the first malformed one, or on a key used twice. */
    static List<ProcedureTemplate> load(List<Resource> resources) {
        Map<String, String> files = new LinkedHashMap<>();
        List<ProcedureTemplate> templates = new ArrayList<>();
        for (Resource resource : resources) {
            ProcedureTemplate template = read(resource);
            String previous = files.putIfAbsent(template.key(), name(resource));
            if (previous != null) {
                throw new IllegalStateException("Procedure template " + name(resource) + ": key '" + template.key()
                        + "' is already used by " + previous);
            }
            templates.add(template);
        }
        return templates;
    }

    /** Reads one template file. */
    static ProcedureTemplate read(Resource resource) {
        String json;
        try (InputStream in = resource.getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Procedure template " + name(resource) + " cannot be read", e);
        }
        try {
            return parse(json);
        } catch (MalformedTemplate e) {
            throw new IllegalStateException("Procedure template " + name(resource) + " is malformed: "
                    + e.getMessage(), e);
        }
    }

    private static ProcedureTemplate parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedTemplate("invalid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()));
        }
        JsonNode envelope = object(root, "(document)", ENVELOPE);
        JsonNode version = envelope.get("templateVersion");
        if (version == null || !version.canConvertToExactIntegral() || version.asInt() != TEMPLATE_VERSION) {
            throw new MalformedTemplate("templateVersion must be " + TEMPLATE_VERSION);
        }
        String key = text(envelope, "key");
        if (!KEY.matcher(key).matches()) {
            throw new MalformedTemplate("key '" + key + "' must match " + KEY.pattern());
        }
        ProcedureDescription description = description(
                object(required(envelope, "description"), "description", DESCRIPTION));
        if (!description.problems().isEmpty()) {
            throw new MalformedTemplate("description: " + String.join(" ", description.problems()));
        }
        PrivacyNotice privacy = privacy(object(required(envelope, "privacy"), "privacy", PRIVACY));
        if (!privacy.missing().isEmpty()) {
            throw new MalformedTemplate("privacy: " + String.join(" ", privacy.missing()));
        }
        JsonNode form = required(envelope, "form");
        String formJson;
        try {
            formJson = FormJson.write(FormJson.read(MAPPER.writeValueAsString(form)));
        } catch (InvalidFormDefinition e) {
            throw new MalformedTemplate("form: " + String.join("; ", e.problems()));
        } catch (JsonProcessingException e) {
            throw new MalformedTemplate("form cannot be serialised: " + e.getOriginalMessage());
        }
        return new ProcedureTemplate(key, description, privacy, formJson);
    }

    private static ProcedureDescription description(JsonNode node) {
        JsonNode days = node.get("processingDays");
        Integer processingDays = null;
        if (days != null && !days.isNull()) {
            if (!days.canConvertToExactIntegral() || !days.canConvertToInt()) {
                throw new MalformedTemplate("description.processingDays must be a whole number of days");
            }
            processingDays = days.asInt();
        }
        return new ProcedureDescription(text(node, "title"), text(node, "summary"),
                constant(Category.class, text(node, "category"), "description.category"),
                optionalText(node, "audience"), optionalText(node, "documentsToPrepare"), processingDays,
                optionalText(node, "team"));
    }

    private static PrivacyNotice privacy(JsonNode node) {
        String legalBasis = optionalText(node, "legalBasis");
        return new PrivacyNotice(optionalText(node, "purpose"),
                legalBasis == null ? null : constant(LegalBasis.class, legalBasis, "privacy.legalBasis"),
                optionalText(node, "retention"), optionalText(node, "recipients"));
    }

    private static JsonNode object(JsonNode node, String path, Set<String> known) {
        if (!node.isObject()) {
            throw new MalformedTemplate(path + " must be a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new MalformedTemplate(path + ": unknown properties " + unknown + ", expected some of "
                    + known.stream().sorted().toList());
        }
        return node;
    }

    private static JsonNode required(JsonNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            throw new MalformedTemplate("'" + property + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String property) {
        String value = optionalText(node, property);
        if (value == null || value.isBlank()) {
            throw new MalformedTemplate("'" + property + "' is missing or blank");
        }
        return value;
    }

    private static @Nullable String optionalText(JsonNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedTemplate("'" + property + "' must be a string");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String path) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new MalformedTemplate(path + " '" + name + "' is not one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver(TemplateLibrary.class.getClassLoader())
                    .getResources(LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException("Procedure templates cannot be listed at " + LOCATION, e);
        }
    }

    private static String name(Resource resource) {
        String file = resource.getFilename();
        return file == null ? resource.getDescription() : file + " (" + resource.getDescription() + ")";
    }

    /** A template file that does not follow the format; always rethrown with the file's name. */
    private static final class MalformedTemplate extends RuntimeException {

        MalformedTemplate(String message) {
            super(message);
        }
    }
}
