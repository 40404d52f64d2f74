package fr.guichet.legal;

/** A legal page text refused before saving; the message is French, for the agent. */
public class InvalidLegalText extends RuntimeException {

    public InvalidLegalText(String message) {
        super(message);
    }
}
