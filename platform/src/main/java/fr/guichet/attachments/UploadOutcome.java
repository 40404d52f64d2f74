package fr.guichet.attachments;

import java.util.LinkedHashMap;
import java.util.Map;

/** What became of an uploaded file: kept (pending) with the answer the form field takes, or refused in French. */
public sealed interface UploadOutcome {

    /**
     * A file kept for the uploader until the request is submitted.
     *
     * @param reference the unguessable token the answer carries
     * @param name the file's name, cleaned (and with the extension of what it really is, when it had none)
     * @param mediaType detected from the content
     */
    record Accepted(String reference, String name, long size, String mediaType) implements UploadOutcome {

        /** The answer of a file field: {@code {reference, name, size}}, as the form's validation reads it. */
        public Map<String, Object> answer() {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("reference", reference);
            answer.put("name", name);
            answer.put("size", size);
            return answer;
        }
    }

    /** A file refused, with a message the citizen can act on. */
    record Refused(String message) implements UploadOutcome {
    }
}
