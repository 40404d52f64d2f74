package fr.guichet.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.InvalidFormDefinition;
import fr.guichet.workflows.InvalidWorkflow;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowChecks;
import fr.guichet.workflows.WorkflowJson;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ProcedureFile}: refuses at once what cannot be parsed (size, encoding, JSON syntax, duplicate
 * properties, unknown format version), then reports every other problem of the document together, each prefixed by
 * its JSON path ({@link FileObject}). The limits are those of the tenant tables, so that an accepted file always
 * fits when it is saved.
 */
final class ProcedureFileReader {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final String DOCUMENT = "(document)";
    private static final Set<String> ENVELOPE = Set.of("templateVersion", "key", "description", "privacy", "form",
            "workflow");
    private static final Set<String> DESCRIPTION = Set.of("title", "summary", "category", "audience",
            "documentsToPrepare", "processingDays", "team");
    private static final Set<String> PRIVACY = Set.of("purpose", "legalBasis", "retention", "recipients");
    /** Lengths of the columns of procedure_versions (tenant migration V2); 0 = no limit but the file's size. */
    private static final int MAX_AUDIENCE = 300;
    private static final int MAX_TEAM = 120;
    private static final int MAX_RETENTION = 300;
    private static final int MAX_DAYS = 365;

    private ProcedureFileReader() {
    }

    static ProcedureFile read(byte[] content) {
        if (content.length > ProcedureFile.MAX_BYTES) {
            throw refused(DOCUMENT + " : le fichier dépasse 1 Mo, la taille maximale d’un fichier de démarche");
        }
        JsonNode root = parse(text(content));
        List<String> problems = new ArrayList<>();
        FileObject envelope = FileObject.root(root, problems)
                .orElseThrow(() -> refused(DOCUMENT + " : un objet JSON est attendu"));
        envelope.allowOnly(ENVELOPE);
        formatVersion(envelope);
        String key = envelope.text("key", true, 0);
        if (key != null && !ProcedureFile.KEY.matcher(key).matches()) {
            envelope.report("key", "« " + key + " » n’est pas une clé valide : de 1 à 80 lettres minuscules sans "
                    + "accent, chiffres ou tirets, commençant par une lettre ou un chiffre");
        }
        ProcedureDescription description = envelope.object("description").map(ProcedureFileReader::description)
                .orElse(null);
        PrivacyNotice privacy = envelope.object("privacy").map(ProcedureFileReader::privacy).orElse(null);
        String formJson = form(envelope, problems);
        Workflow workflow = workflow(envelope, problems);
        if (description != null && problems.isEmpty()) {
            description.problems().forEach(problem -> problems.add("description : " + problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProcedureFile(problems);
        }
        return new ProcedureFile(Objects.requireNonNull(key), Objects.requireNonNull(description),
                Objects.requireNonNull(privacy), Objects.requireNonNull(formJson), Objects.requireNonNull(workflow));
    }

    /** A version other than the one this code knows means another format: nothing else is worth reporting. */
    private static void formatVersion(FileObject envelope) {
        JsonNode version = envelope.get("templateVersion");
        String expected = " (version du format : " + ProcedureFile.FORMAT_VERSION + ")";
        if (version == null) {
            envelope.report("templateVersion", "propriété obligatoire manquante" + expected);
        } else if (!version.isIntegralNumber()) {
            envelope.report("templateVersion", "nombre entier attendu" + expected);
        } else if (!version.canConvertToInt() || version.intValue() != ProcedureFile.FORMAT_VERSION) {
            throw refused("templateVersion : version " + version.asText() + " non prise en charge (seule la version "
                    + ProcedureFile.FORMAT_VERSION + " l’est)");
        }
    }

    private static @Nullable ProcedureDescription description(FileObject json) {
        json.allowOnly(DESCRIPTION);
        String title = json.text("title", true, ProcedureDescription.MAX_TITLE);
        String summary = json.text("summary", true, ProcedureDescription.MAX_SUMMARY);
        Category category = json.constant("category", true, Category.class, "une catégorie");
        String audience = json.text("audience", false, MAX_AUDIENCE);
        String documents = json.text("documentsToPrepare", false, 0);
        Integer days = json.integer("processingDays", 1, MAX_DAYS, "jours");
        String team = json.text("team", false, MAX_TEAM);
        if (title == null || summary == null || category == null) {
            return null;
        }
        return new ProcedureDescription(title, summary, category, audience, documents, days, team);
    }

    private static PrivacyNotice privacy(FileObject json) {
        json.allowOnly(PRIVACY);
        return new PrivacyNotice(json.text("purpose", false, 0),
                json.constant("legalBasis", false, LegalBasis.class, "une base légale"),
                json.text("retention", false, MAX_RETENTION), json.text("recipients", false, 0));
    }

    /** The form as {@link FormJson#write} writes it; its problems keep their paths, under {@code form}. */
    private static @Nullable String form(FileObject envelope, List<String> problems) {
        return envelope.object("form").map(form -> {
            try {
                return FormJson.write(FormJson.read(MAPPER.writeValueAsString(form.json())));
            } catch (InvalidFormDefinition invalid) {
                invalid.problems().forEach(problem -> problems.add(problem.startsWith(DOCUMENT)
                        ? "form" + problem.substring(DOCUMENT.length()) : "form." + problem));
                return null;
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("A parsed JSON tree could not be written again", e);
            }
        }).orElse(null);
    }

    /**
     * The workflow, standard when absent; its structural problems keep their paths under {@code workflow}, and the
     * checks of {@link WorkflowChecks} are reported on {@code workflow} itself.
     */
    private static @Nullable Workflow workflow(FileObject envelope, List<String> problems) {
        JsonNode json = envelope.get("workflow");
        if (json == null) {
            return Workflow.standard();
        }
        try {
            Workflow workflow = WorkflowJson.read(json);
            WorkflowChecks.problems(workflow).forEach(problem -> problems.add("workflow : " + problem));
            return workflow;
        } catch (InvalidWorkflow invalid) {
            invalid.problems().forEach(problem -> problems.add(problem.startsWith(DOCUMENT)
                    ? "workflow" + problem.substring(DOCUMENT.length()) : "workflow." + problem));
            return null;
        }
    }

    /** The text of the file: strict UTF-8 (a byte order mark is allowed), not blank. */
    private static String text(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer decoded = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(content), decoded, true);
        if (!result.isError()) {
            result = decoder.flush(decoded);
        }
        String text = decoded.flip().toString();
        if (result.isError()) {
            int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
            int column = text.length() - text.lastIndexOf('\n');
            throw refused(DOCUMENT + " : le fichier n’est pas encodé en UTF-8 (caractère illisible ligne " + line
                    + ", colonne " + column + ") ; enregistrez-le en UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused(DOCUMENT + " : le fichier est vide");
        }
        return text;
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? ""
                    : " (ligne " + location.getLineNr() + ", colonne " + location.getColumnNr() + ")";
            if (e.getOriginalMessage().startsWith("Duplicate") && e.getProcessor() instanceof JsonParser parser) {
                throw refused(path(parser.getParsingContext()) + " : propriété en double" + where);
            }
            if (e instanceof StreamConstraintsException) {
                throw refused(DOCUMENT + " : le JSON est trop imbriqué ou contient une valeur trop longue");
            }
            if (e instanceof JsonEOFException || e.getOriginalMessage().contains("end-of-input")) {
                throw refused(DOCUMENT + " : le JSON s’arrête avant sa fin" + where);
            }
            throw refused(DOCUMENT + " : JSON mal formé" + where);
        }
    }

    /** The path of where the parser stands, in the notation of the problems ({@code pages[0].key}). */
    private static String path(@Nullable JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            path.insert(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
        }
        return path.isEmpty() ? DOCUMENT : path.substring(path.charAt(0) == '.' ? 1 : 0);
    }

    private static InvalidProcedureFile refused(String problem) {
        return new InvalidProcedureFile(List.of(problem));
    }
}
