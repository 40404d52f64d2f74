package fr.guichet.attachments;

/** No file with this reference is joined to this request in the commune of the request being served. */
public class AttachmentNotFound extends RuntimeException {

    AttachmentNotFound() {
        super("Ce fichier n’est pas joint à cette demande.");
    }
}
