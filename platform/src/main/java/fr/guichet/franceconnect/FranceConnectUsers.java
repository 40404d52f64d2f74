package fr.guichet.franceconnect;

import fr.guichet.identity.CertifiedIdentity;
import fr.guichet.identity.FranceConnectAccounts;
import fr.guichet.identity.FranceConnectSignIn;
import fr.guichet.oidc.ProviderUserInfo;
import fr.guichet.territories.OfficialTerritories;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After the id_token passed its checks: fetches FranceConnect's userinfo, which v2 returns as a signed JWT, checks
 * its signature against the provider's JWKS, its issuer, audience and subject (the id_token's), reads the identity,
 * and signs the citizen in under the commune's rules ({@link FranceConnectAccounts}). Every failure is a
 * {@link FranceConnectRefused} with a reason the portal explains, or {@link AccountToLink}.
 */
@Component
class FranceConnectUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final ProviderUserInfo userInfo;
    private final FranceConnectAccounts accounts;
    private final OfficialTerritories territories;

    FranceConnectUsers(ProviderUserInfo userInfo, FranceConnectAccounts accounts, OfficialTerritories territories) {
        this.userInfo = userInfo;
        this.accounts = accounts;
        this.territories = territories;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        Map<String, Object> claims = userInfo(registration, request.getAccessToken().getTokenValue());
        if (!request.getIdToken().getSubject().equals(claims.get("sub"))) {
            throw new FranceConnectRefused(FranceConnectRefused.Reason.TOKEN,
                    "The userinfo's subject is not the id_token's");
        }
        CertifiedIdentity identity = FranceConnectClaims.identity(claims, territories);
        return switch (accounts.signIn(identity, request.getIdToken())) {
            case FranceConnectSignIn.SignedIn(var citizen) -> citizen;
            case FranceConnectSignIn.LinkNeeded(var toLink) -> throw new AccountToLink(toLink);
            case FranceConnectSignIn.LinkedElsewhere() -> throw new FranceConnectRefused(
                    FranceConnectRefused.Reason.LINKED_ELSEWHERE, "Account of this address linked to another identity");
        };
    }

    private Map<String, Object> userInfo(ClientRegistration registration, String accessToken) {
        try {
            return userInfo.verified(registration, userInfo.fetch(registration, accessToken));
        } catch (ProviderUserInfo.Failure failure) {
            throw new FranceConnectRefused(failure.unreachable() ? FranceConnectRefused.Reason.UNAVAILABLE
                    : FranceConnectRefused.Reason.TOKEN, "FranceConnect: " + failure.getMessage());
        }
    }
}
