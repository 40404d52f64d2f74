package fr.guichet.requests;

import fr.guichet.workflows.Transition;
import java.time.Instant;
import fr.guichet.apiparticulier.CertifiedValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request as an agent opens it: the answers with the form of the version they were given with, the timeline
 * (notes included) and the moves this agent may make.
 *
 * @param lockVersion pass it back with an action: a request changed meanwhile is refused, not overwritten
 * @param teamId the team the request is assigned to, if any, and {@code teamName} its name
 */
public record RequestFile(UUID id, String reference, long lockVersion, UUID procedureId, int procedureVersion,
        String procedureTitle, String formJson, Map<String, Object> answers, String status, String statusLabel,
        Channel channel, @Nullable String contactName, @Nullable String contactEmail, Instant submittedAt,
        @Nullable Instant dueAt, boolean overdue, @Nullable String assignee, @Nullable String registeredBy,
        List<TimelineEntry> timeline, List<Transition> moves, @Nullable UUID teamId, @Nullable String teamName,
        Map<String, CertifiedValue> sourcedValues) {

    public RequestFile {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        timeline = List.copyOf(timeline);
        moves = List.copyOf(moves);
        sourcedValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourcedValues));
    }
}
