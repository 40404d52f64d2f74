package fr.guichet.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account of tenant-admin as platform operators see it.
 *
 * @param epci the EPCI an EPCI administrator is limited to; null for a platform operator
 * @param lockedUntil until when repeated wrong passwords lock the account; null when it is not locked
 */
public record OperatorAccount(String email, String displayName, @Nullable String epci, @Nullable Instant lockedUntil) {
}
