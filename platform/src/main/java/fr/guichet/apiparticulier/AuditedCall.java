package fr.guichet.apiparticulier;

import java.time.Instant;
import java.util.UUID;

/** One call to API Particulier as the tenant's audit keeps it: who, which data set, how it ended, when. */
public record AuditedCall(UUID citizen, DataSet dataSet, Outcome outcome, Instant at) {
}
