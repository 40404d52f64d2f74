package fr.guichet.requests;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the agents' inbox.
 *
 * @param team the name of the team the request is assigned to, if any
 */
public record InboxRow(UUID id, String reference, String procedureTitle, String status, String statusLabel,
        Channel channel, @Nullable String contactName, Instant submittedAt, @Nullable Instant dueAt, boolean overdue,
        @Nullable String assignee, @Nullable String team) {
}
