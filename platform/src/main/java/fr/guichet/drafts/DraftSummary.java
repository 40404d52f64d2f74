package fr.guichet.drafts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft as « Mes demandes » lists it.
 *
 * @param procedureSlug where to resume it; null when the procedure is no longer offered online (it can only be
 *     deleted then)
 */
public record DraftSummary(UUID id, @Nullable String procedureSlug, String procedureTitle, Instant savedAt,
        Instant expiresAt) {

    public boolean resumable() {
        return procedureSlug != null;
    }
}
