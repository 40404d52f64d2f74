package fr.guichet.identity;

import fr.guichet.tenancy.CurrentTenant;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A citizen signed in through FranceConnect: the same citizen principal as a password sign-in (role, realm, account
 * id), plus the verified id_token, which the logout through FranceConnect's {@code session/end} sends back as
 * {@code id_token_hint}.
 */
public final class FranceConnectCitizen extends CitizenUser implements VerifiedIdToken {

    private final OidcIdToken idToken;

    FranceConnectCitizen(Citizen account, CurrentTenant tenant, OidcIdToken idToken) {
        super(account, tenant);
        this.idToken = idToken;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    /** The account's address, as for a password sign-in (never FranceConnect's pairwise subject). */
    @Override
    public String getName() {
        return getUsername();
    }
}
