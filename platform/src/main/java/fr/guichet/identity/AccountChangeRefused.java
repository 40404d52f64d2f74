package fr.guichet.identity;

/** A change to an agent's account that was refused; the message says why, in French, for the person acting. */
public class AccountChangeRefused extends RuntimeException {

    public AccountChangeRefused(String message) {
        super(message);
    }
}
