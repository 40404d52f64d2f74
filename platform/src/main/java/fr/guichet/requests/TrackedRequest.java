package fr.guichet.requests;

import fr.guichet.documents.IssuedDocumentSummary;
import fr.guichet.forms.AnswerSheet;
import java.time.Instant;
import java.util.List;

/**
 * A request as its citizen follows it: status in plain French, what they gave, what the town hall told them (never
 * the internal notes), and what they can do now.
 *
 * @param lockVersion pass it back with an action, as agents do
 * @param waitingForYou the town hall asked for more information
 * @param documents the documents the town hall issued (« Documents reçus »), oldest first
 */
public record TrackedRequest(String reference, long lockVersion, String procedureTitle, int procedureVersion,
        String status, String statusLabel, Instant submittedAt, Instant updatedAt, boolean waitingForYou,
        boolean canWithdraw, List<AnswerSheet.Line> answers, List<TimelineEntry> timeline,
        List<IssuedDocumentSummary> documents) {

    public TrackedRequest {
        answers = List.copyOf(answers);
        documents = List.copyOf(documents);
        timeline = List.copyOf(timeline);
    }
}
