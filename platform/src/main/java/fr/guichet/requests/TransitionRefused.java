package fr.guichet.requests;

/** An action on a request that the workflow or the request's state does not allow; the message says why, in French. */
public class TransitionRefused extends RuntimeException {

    public TransitionRefused(String message) {
        super(message);
    }
}
