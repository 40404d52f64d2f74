package fr.guichet.requests;

import fr.guichet.documents.IssuedDocumentSummary;
import fr.guichet.documents.IssuedDocuments;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Generates the documents a workflow state asks for, in the move's transaction, and records them in the timeline. */
@Component
class RequestDocuments {

    private final IssuedDocuments documents;
    private final Clock clock;

    RequestDocuments(IssuedDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    void generate(Request request, String template, String status, String actor, @Nullable String comment) {
        Map<String, String> values = new HashMap<>();
        values.put("name", request.contactName() == null ? "Madame, Monsieur" : request.contactName());
        values.put("reference", request.reference());
        values.put("procedure", request.procedureTitle());
        values.put("status", status);
        values.put("comment", comment == null ? "" : comment.strip());
        IssuedDocumentSummary issued = documents.generate(request.id(), request.reference(), template, values);
        request.documentIssued(actor, issued.title(), clock.instant());
    }
}
