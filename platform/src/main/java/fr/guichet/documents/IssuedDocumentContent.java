package fr.guichet.documents;

/** A document issued to a request, with its PDF bytes. */
public record IssuedDocumentContent(IssuedDocumentSummary summary, byte[] content) {
}
