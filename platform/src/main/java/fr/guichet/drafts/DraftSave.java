package fr.guichet.drafts;

import java.time.Instant;

/** What became of an automatic save: kept, or refused with a French message (nothing is written then). */
public sealed interface DraftSave {

    record Saved(Instant savedAt, Instant expiresAt) implements DraftSave {
    }

    record Refused(String message) implements DraftSave {
    }
}
