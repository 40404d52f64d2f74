package fr.guichet.requests;

import fr.guichet.workflows.Workflow;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a request's timeline, with its statuses already in words for the reader (agent or citizen). */
public record TimelineEntry(Instant at, EventKind kind, String actor, @Nullable String from, @Nullable String to,
        @Nullable String text, boolean visibleToCitizen) {

    static TimelineEntry forAgents(RequestEvent event, Workflow workflow) {
        return new TimelineEntry(event.at(), event.kind(), event.actor(),
                event.fromStatus() == null ? null : workflow.agentLabel(event.fromStatus()),
                event.toStatus() == null ? null : workflow.agentLabel(event.toStatus()), event.text(),
                event.visibleToCitizen());
    }

    static TimelineEntry forCitizen(RequestEvent event, Workflow workflow) {
        return new TimelineEntry(event.at(), event.kind(), event.actor().equals(Request.CITIZEN) ? "vous" : "la mairie",
                event.fromStatus() == null ? null : workflow.citizenLabel(event.fromStatus()),
                event.toStatus() == null ? null : workflow.citizenLabel(event.toStatus()), event.text(), true);
    }
}
