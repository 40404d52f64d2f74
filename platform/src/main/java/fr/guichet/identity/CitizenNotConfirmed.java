package fr.guichet.identity;

import org.springframework.security.authentication.DisabledException;

/**
 * The right password for an account whose address is not confirmed yet. Only thrown once the password matched, so
 * it tells nothing to someone who does not know it.
 */
public class CitizenNotConfirmed extends DisabledException {

    CitizenNotConfirmed() {
        super("Citizen account not confirmed yet");
    }
}
