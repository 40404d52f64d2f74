package fr.guichet.franceconnect;

import fr.guichet.identity.CertifiedIdentity;
import fr.guichet.identity.FranceConnectAccounts;
import fr.guichet.identity.FranceConnectSignIn;
import fr.guichet.oidc.ProviderHttp;
import fr.guichet.territories.OfficialTerritories;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * After the id_token passed its checks: fetches FranceConnect's userinfo, which v2 returns as a signed JWT, checks
 * its signature against the provider's JWKS, its issuer, audience and subject (the id_token's), reads the identity,
 * and signs the citizen in under the commune's rules ({@link FranceConnectAccounts}). Every failure is a
 * {@link FranceConnectRefused} with a reason the portal explains, or {@link AccountToLink}.
 */
@Component
class FranceConnectUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(FranceConnectUsers.class);
    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final FranceConnectJwts decoders;
    private final FranceConnectAccounts accounts;
    private final OfficialTerritories territories;
    private final RestClient http = ProviderHttp.client().build();

    FranceConnectUsers(FranceConnectJwts decoders, FranceConnectAccounts accounts, OfficialTerritories territories) {
        this.decoders = decoders;
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
        ResponseEntity<String> response;
        try {
            response = http.get().uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(JWT, MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(String.class);
        } catch (RestClientResponseException e) {
            throw new FranceConnectRefused(FranceConnectRefused.Reason.TOKEN,
                    "FranceConnect's userinfo answered " + e.getStatusCode());
        } catch (RestClientException e) {
            log.warn("FranceConnect's userinfo unreachable: {}", e.getMessage());
            throw new FranceConnectRefused(FranceConnectRefused.Reason.UNAVAILABLE, "Userinfo unreachable");
        }
        MediaType type = response.getHeaders().getContentType();
        if (type == null || !JWT.isCompatibleWith(type) || response.getBody() == null) {
            throw new FranceConnectRefused(FranceConnectRefused.Reason.TOKEN,
                    "FranceConnect's userinfo is not a signed JWT (" + type + ")");
        }
        try {
            Jwt jwt = decoders.userInfoDecoder(registration).decode(response.getBody().strip());
            return jwt.getClaims();
        } catch (JwtException e) {
            throw new FranceConnectRefused(FranceConnectRefused.Reason.TOKEN,
                    "FranceConnect's userinfo JWT refused: " + e.getMessage());
        }
    }
}
