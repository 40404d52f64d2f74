package fr.guichet.documents;

import fr.guichet.notifications.TemplateSyntax;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The current tenant's document templates, written by its designers and administrators; a workflow state names one
 * to generate a PDF for the request entering it.
 */
@Service
public class DocumentTemplates {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_]{0,39}");

    private final DocumentTemplateRepository templates;
    private final Clock clock;

    DocumentTemplates(DocumentTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasAnyRole('DESIGNER', 'ADMIN')")
    public List<DocumentTemplateText> list() {
        return templates.findAllByOrderByTitle().stream().map(DocumentTemplate::text).toList();
    }

    /** Whether the tenant has a template with this key (a workflow's action must name one that exists). */
    @TenantTransactional(readOnly = true)
    public boolean exists(String key) {
        return templates.existsById(key);
    }

    @TenantTransactional(readOnly = true)
    public Optional<DocumentTemplateText> find(String key) {
        return templates.findById(key).map(DocumentTemplate::text);
    }

    /**
     * Creates or rewrites a template; refused with every problem in French (key, empty or too long parts, unknown
     * variables), writing nothing.
     */
    @TenantTransactional
    @PreAuthorize("hasAnyRole('DESIGNER', 'ADMIN')")
    public DocumentTemplateText save(DocumentTemplateText text) {
        DocumentTemplateText stripped = new DocumentTemplateText(text.key().strip(), text.title().strip(),
                text.body().strip());
        List<String> problems = new ArrayList<>();
        if (!KEY.matcher(stripped.key()).matches()) {
            problems.add("Clé : de 1 à 40 lettres minuscules sans accent, chiffres ou _ (par exemple"
                    + " convocation_rdv).");
        }
        problems.addAll(TemplateSyntax.problems("Titre", stripped.title(), DocumentTemplateText.MAX_TITLE,
                DocumentTemplateText.VARIABLES));
        problems.addAll(TemplateSyntax.problems("Texte", stripped.body(), DocumentTemplateText.MAX_BODY,
                DocumentTemplateText.VARIABLES));
        if (stripped.title().contains("\n")) {
            problems.add("Titre : il tient sur une seule ligne.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentTemplate(problems);
        }
        DocumentTemplate template = templates.findById(stripped.key())
                .orElseGet(() -> new DocumentTemplate(stripped.key()));
        template.rewrite(stripped.title(), stripped.body(),
                SecurityContextHolder.getContext().getAuthentication().getName(), clock.instant());
        templates.save(template);
        return stripped;
    }
}
