package fr.guichet.drafts;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the signed-in citizen finds when opening a procedure's form: nothing saved, their draft, or its expiry. */
public sealed interface DraftOpening {

    /** No draft: the form starts empty (or prefilled from the profile). */
    record Fresh() implements DraftOpening {
    }

    /**
     * The draft, to resume.
     *
     * @param answers the answers as typed, only those the current version still asks when it changed
     * @param pageKey the page the citizen was on, if it still exists
     * @param versionChanged whether the procedure published a new version since the draft was saved
     */
    record Resumed(Map<String, Object> answers, Instant savedAt, Instant expiresAt, @Nullable String pageKey,
            boolean versionChanged) implements DraftOpening {
    }

    /** The draft expired at {@code expiredAt}; its answers are deleted and the form starts empty. */
    record Expired(Instant expiredAt) implements DraftOpening {
    }
}
