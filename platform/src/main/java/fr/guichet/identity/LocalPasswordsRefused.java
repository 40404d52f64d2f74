package fr.guichet.identity;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * The commune allows no local password for its agents: they sign in through its identity provider. Refused before
 * any account is looked up or any password checked, and not counted as a wrong password.
 */
public class LocalPasswordsRefused extends InternalAuthenticationServiceException {

    LocalPasswordsRefused() {
        super("This commune's agents sign in through its identity provider only");
    }
}
