package fr.guichet.identity;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Guichet principal signed in through an OpenID Connect provider: its claims are the verified id_token's (the
 * userinfo was read into the account, not kept), and its name is the account's address, never the provider's
 * subject.
 */
interface VerifiedIdToken extends OidcUser {

    @Override
    default Map<String, Object> getClaims() {
        return getIdToken().getClaims();
    }

    @Override
    default @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    default Map<String, Object> getAttributes() {
        return getIdToken().getClaims();
    }
}
