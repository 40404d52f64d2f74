package fr.guichet.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The platform's library of ready procedure templates ("processus sur étagère"), read once from the JSON resources
 * {@value #LOCATION}, each a procedure file (docs/procedure-files.md, {@link ProcedureFile}) with a complete privacy
 * notice. A template that cannot be read stops the application with a message naming its file and every problem.
 * Publishability of the forms is checked by the tests, not here, so that a stricter publication check never stops the
 * platform from starting.
 */
@Component
public class TemplateLibrary {

    static final String LOCATION = "classpath*:catalog/templates/*.json";

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

    /** Reads one template file: a procedure file (docs/procedure-files.md) whose privacy notice is complete. */
    static ProcedureTemplate read(Resource resource) {
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Procedure template " + name(resource) + " cannot be read", e);
        }
        try {
            ProcedureFile file = ProcedureFile.read(content);
            List<String> missing = file.privacy().missing();
            if (!missing.isEmpty()) {
                throw new InvalidProcedureFile(missing.stream().map(problem -> "privacy : " + problem).toList());
            }
            return new ProcedureTemplate(file.key(), file.description(), file.privacy(), file.formJson());
        } catch (InvalidProcedureFile e) {
            throw new IllegalStateException("Procedure template " + name(resource) + " is malformed:\n"
                    + String.join("\n", e.problems()), e);
        }
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
}
