package fr.guichet.documents;

import fr.guichet.notifications.TemplateSyntax;
import fr.guichet.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The PDFs issued to requests, written in the caller's tenant transaction (a workflow move and its document commit
 * together). Who may read them is the caller's decision: the requests feature checks the agent's role or the
 * citizen's ownership, and records agents' reads, before calling {@link #content}.
 */
@Component
public class IssuedDocuments {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private final IssuedDocumentRepository documents;
    private final DocumentTemplateRepository templates;
    private final TenantDirectory tenants;
    private final Clock clock;

    IssuedDocuments(IssuedDocumentRepository documents, DocumentTemplateRepository templates, TenantDirectory tenants,
            Clock clock) {
        this.documents = documents;
        this.templates = templates;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Generates the document of {@code templateKey} for a request, its variables filled with {@code values} (see
     * {@link DocumentTemplateText#VARIABLES}; {@code date} and {@code commune} are added).
     *
     * @throws IllegalStateException when the template does not exist (the workflow checks prevent it)
     */
    public IssuedDocumentSummary generate(UUID requestId, String reference, String templateKey,
            Map<String, String> values) {
        DocumentTemplateText template = templates.findById(templateKey).map(DocumentTemplate::text)
                .orElseThrow(() -> new IllegalStateException("No document template " + templateKey));
        Instant now = clock.instant();
        String authority = tenants.current().officialName();
        Map<String, String> all = new HashMap<>(values);
        all.put("date", DAY.format(LocalDate.ofInstant(now, PARIS)));
        all.put("commune", authority);
        String title = TemplateSyntax.renderLine(template.title(), all);
        byte[] pdf = DocumentPdf.write(new DocumentPdf.Content(authority, List.of(), all.get("date"), title,
                TemplateSyntax.render(template.body(), all)));
        return documents.save(new IssuedDocument(requestId, IssuedDocumentSummary.Kind.DOCUMENT, title,
                templateKey + "-" + reference + ".pdf", now, pdf)).summary();
    }

    /** A letter to post: the notice's title and text, addressed to {@code address} (name first). */
    public IssuedDocumentSummary letter(UUID requestId, String reference, String title, String text,
            List<String> address) {
        Instant now = clock.instant();
        byte[] pdf = DocumentPdf.write(new DocumentPdf.Content(tenants.current().officialName(), address,
                "Le " + DAY.format(LocalDate.ofInstant(now, PARIS)), title, text));
        return documents.save(new IssuedDocument(requestId, IssuedDocumentSummary.Kind.LETTER, title,
                "courrier-" + reference + "-" + now.toEpochMilli() + ".pdf", now, pdf)).summary();
    }

    public List<IssuedDocumentSummary> ofRequest(UUID requestId) {
        return documents.findByRequestIdOrderByCreatedAt(requestId).stream().map(IssuedDocument::summary).toList();
    }

    public List<IssuedDocumentSummary> lettersToSend() {
        return documents.findByKindAndSentAtIsNullOrderByCreatedAt(IssuedDocumentSummary.Kind.LETTER).stream()
                .map(IssuedDocument::summary).toList();
    }

    /** The document of that request, or empty when it is not one of its documents. */
    public Optional<IssuedDocumentContent> content(UUID requestId, UUID documentId) {
        return documents.findById(documentId).filter(d -> d.requestId().equals(requestId))
                .map(d -> new IssuedDocumentContent(d.summary(), d.content()));
    }

    /** Marks a letter as posted; empty when there is no such letter waiting. */
    public Optional<IssuedDocumentSummary> markSent(UUID letterId, String by) {
        return documents.findById(letterId).filter(d -> d.summary().kind() == IssuedDocumentSummary.Kind.LETTER
                && d.summary().sentAt() == null).map(d -> {
                    d.markSent(by, clock.instant());
                    return d.summary();
                });
    }
}
