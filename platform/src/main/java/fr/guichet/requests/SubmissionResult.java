package fr.guichet.requests;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a submission: the new request's reference, or the French errors by field key (nothing written).
 *
 * @param requestId the request created, when accepted
 * @param reference its human reference, when accepted
 * @param errors the problems by field key ({@code _demandeur} for the requester's own details); empty when accepted
 */
public record SubmissionResult(@Nullable UUID requestId, @Nullable String reference, Map<String, String> errors) {

    public SubmissionResult {
        errors = Map.copyOf(errors);
    }

    static SubmissionResult accepted(Request request) {
        return new SubmissionResult(request.id(), request.reference(), Map.of());
    }

    static SubmissionResult refused(Map<String, String> errors) {
        return new SubmissionResult(null, null, errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
