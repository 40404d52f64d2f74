package fr.guichet.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowJson;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A whole procedure as one JSON file (docs/procedure-files.md): what a designer exports from one commune and imports
 * into another, and what each template of the platform's library is. It holds one version: its description, its
 * privacy notice (possibly incomplete, as in a draft), its form and its workflow.
 *
 * @param key stable identifier: the template's key, or the slug of the exported procedure
 * @param description how the procedure presents itself in the catalog
 * @param privacy the privacy notice, possibly incomplete
 * @param formJson the form definition, as {@link fr.guichet.forms.FormJson#write} writes it
 * @param workflow the workflow its requests follow (property {@code workflow}; the standard one when absent)
 */
public record ProcedureFile(String key, ProcedureDescription description, PrivacyNotice privacy, String formJson,
        Workflow workflow) {

    /** A file whose requests follow the standard workflow. */
    public ProcedureFile(String key, ProcedureDescription description, PrivacyNotice privacy, String formJson) {
        this(key, description, privacy, formJson, Workflow.standard());
    }

    /** The only version of the file format this code reads and writes (property {@code templateVersion}). */
    public static final int FORMAT_VERSION = 1;
    /** Largest file accepted, in bytes (1 Mio); larger ones are refused before being parsed. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** How exported files are named after their key. */
    public static final String EXTENSION = ".demarche.json";

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    /**
     * Reads a file, checking everything before anything can be written: size, UTF-8, JSON syntax, duplicate
     * properties, format version, unknown properties, types, known values, limits of the description and the
     * structure of the form (not its publication checks, so that a draft moves as it is), the workflow's structure and
     * checks (docs/requests.md).
     *
     * @throws InvalidProcedureFile listing every problem found, in French, each with its JSON path
     */
    public static ProcedureFile read(byte[] content) {
        return ProcedureFileReader.read(content);
    }

    /** The file's text: indented JSON, in the order of the format, leaving out absent values. */
    public String toJson() {
        ObjectNode root = ProcedureFileReader.MAPPER.createObjectNode();
        root.put("templateVersion", FORMAT_VERSION);
        root.put("key", key);
        ObjectNode about = root.putObject("description");
        about.put("title", description.title());
        about.put("summary", description.summary());
        about.put("category", description.category().name());
        putIfPresent(about, "audience", description.audience());
        putIfPresent(about, "documentsToPrepare", description.documentsToPrepare());
        if (description.processingDays() != null) {
            about.put("processingDays", description.processingDays());
        }
        putIfPresent(about, "team", description.team());
        ObjectNode notice = root.putObject("privacy");
        putIfPresent(notice, "purpose", privacy.purpose());
        putIfPresent(notice, "legalBasis", privacy.legalBasis() == null ? null : privacy.legalBasis().name());
        putIfPresent(notice, "retention", privacy.retention());
        putIfPresent(notice, "recipients", privacy.recipients());
        try {
            root.set("form", ProcedureFileReader.MAPPER.readTree(formJson));
            root.set("workflow", WorkflowJson.tree(workflow));
            return ProcedureFileReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("The stored form of procedure '" + key + "' is not JSON", e);
        }
    }

    /** The name an exported file is saved under: {@code <key>.demarche.json}. */
    public String fileName() {
        return key + EXTENSION;
    }

    private static void putIfPresent(ObjectNode node, String property, @Nullable String value) {
        if (value != null) {
            node.put(property, value);
        }
    }
}
