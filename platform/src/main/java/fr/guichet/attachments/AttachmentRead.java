package fr.guichet.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent read a file joined to a request (download or preview). Published synchronously, inside the reading
 * transaction: the requests feature records it with the request's other reads, and a failure to record it fails the
 * read.
 */
public record AttachmentRead(UUID requestId, String reference, String agent, Instant at) {
}
