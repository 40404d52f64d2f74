package fr.guichet.franceconnect;

import fr.guichet.identity.CertifiedIdentity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * FranceConnect vouched for a person whose address belongs to a confirmed password account: the portal keeps the
 * identity in the session and asks for the password once before linking (never a silent merge on the address).
 */
public class AccountToLink extends OAuth2AuthenticationException {

    private final transient CertifiedIdentity identity;

    AccountToLink(CertifiedIdentity identity) {
        super(new OAuth2Error("account_to_link"), "A confirmed account has this address: its owner must link it");
        this.identity = identity;
    }

    public CertifiedIdentity identity() {
        return identity;
    }
}
