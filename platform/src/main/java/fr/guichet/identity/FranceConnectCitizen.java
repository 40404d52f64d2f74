package fr.guichet.identity;

import fr.guichet.tenancy.CurrentTenant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A citizen signed in through FranceConnect: the same citizen principal as a password sign-in (role, realm, account
 * id), plus the verified id_token, which the logout through FranceConnect's {@code session/end} sends back as
 * {@code id_token_hint}.
 */
public final class FranceConnectCitizen extends CitizenUser implements OidcUser {

    private final OidcIdToken idToken;

    FranceConnectCitizen(Citizen account, CurrentTenant tenant, OidcIdToken idToken) {
        super(account, tenant);
        this.idToken = idToken;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The account's address, as for a password sign-in (never FranceConnect's pairwise subject). */
    @Override
    public String getName() {
        return getUsername();
    }
}
