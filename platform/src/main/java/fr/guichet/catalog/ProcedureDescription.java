package fr.guichet.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a procedure presents itself in the catalog: title, summary, category, who it is for, documents to prepare,
 * announced processing time and the team that processes it.
 */
@Embeddable
public record ProcedureDescription(
        String title,
        String summary,
        @Enumerated(EnumType.STRING) Category category,
        @Nullable String audience,
        @Column(name = "documents_to_prepare") @Nullable String documentsToPrepare,
        @Column(name = "processing_days") @Nullable Integer processingDays,
        @Nullable String team) {

    static final int MAX_TITLE = 150;
    static final int MAX_SUMMARY = 500;

    /** Problems with the description itself, in French; empty when it is acceptable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isBlank() || title.strip().length() > MAX_TITLE) {
            problems.add("Le titre de la démarche doit compter entre 1 et " + MAX_TITLE + " caractères.");
        }
        if (summary.isBlank() || summary.strip().length() > MAX_SUMMARY) {
            problems.add("La description courte doit compter entre 1 et " + MAX_SUMMARY + " caractères.");
        }
        if (processingDays != null && (processingDays < 1 || processingDays > 365)) {
            problems.add("Le délai de traitement annoncé doit être compris entre 1 et 365 jours.");
        }
        return problems;
    }
}
