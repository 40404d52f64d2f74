package fr.guichet.attachments;

/**
 * A file joined to a request, as agents see it listed.
 *
 * @param typeLabel what the file is, in French (« un document PDF »)
 * @param previewable whether browsers may show it inline safely (images and PDF)
 */
public record AttachmentSummary(String reference, String name, String mediaType, String typeLabel, long size,
        boolean previewable) {
}
