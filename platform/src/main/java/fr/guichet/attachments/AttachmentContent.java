package fr.guichet.attachments;

/**
 * A file joined to a request, read by an agent.
 *
 * @param mediaType detected from the content when it was uploaded: serve it with this type, never a guessed one
 * @param previewable whether it may be shown inline (images and PDF); anything else is only downloaded
 */
public record AttachmentContent(String name, String mediaType, boolean previewable, byte[] content) {
}
