package fr.guichet.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One request found, read from the index only (no database read, no personal data beyond the list's columns). */
public record SearchHit(UUID id, String reference, String procedureTitle, String statusLabel, String channelLabel,
        Instant submittedAt, @Nullable String citizen, @Nullable String assignee, List<Extract> extracts) {

    public SearchHit {
        extracts = List.copyOf(extracts);
    }
}
