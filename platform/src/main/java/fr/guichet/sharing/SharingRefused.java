package fr.guichet.sharing;

/** A template publication, instantiation or update refused, with a French message a person can act on. */
public class SharingRefused extends RuntimeException {

    public SharingRefused(String message) {
        super(message);
    }
}
