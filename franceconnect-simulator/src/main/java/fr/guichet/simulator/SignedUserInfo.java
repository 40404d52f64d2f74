package fr.guichet.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * FranceConnect v2's userinfo (and ProConnect's, for the test agents): the identity claims granted by the scopes, with the pairwise {@code sub}, the issuer
 * and the client as audience, returned as a JWT signed with the id_token's key ({@code application/jwt}).
 */
@Component
class SignedUserInfo {

    private final RegisteredClientRepository clients;
    private final JwtEncoder encoder;

    SignedUserInfo(RegisteredClientRepository clients, JwtEncoder encoder) {
        this.clients = clients;
        this.encoder = encoder;
    }

    OidcUserInfo claims(OidcUserInfoAuthenticationContext context) {
        OAuth2Authorization authorization = context.getAuthorization();
        RegisteredClient client = clients.findById(authorization.getRegisteredClientId());
        if (client == null) {
            throw new IllegalStateException("Client of this authorization no longer registered");
        }
        String login = authorization.getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        var agent = AgentIdentity.byLogin(login);
        if (agent.isPresent()) {
            claims.put("sub", Pairwise.subject(login, client.getClientId()));
            claims.putAll(agent.get().claims(authorization.getAuthorizedScopes()));
        } else {
            TestIdentity identity = TestIdentity.byLogin(login)
                    .orElseThrow(() -> new IllegalStateException("Unknown identity"));
            claims.put("sub", identity.subjectFor(client.getClientId()));
            claims.putAll(identity.claims(authorization.getAuthorizedScopes()));
        }
        claims.put("aud", List.of(client.getClientId()));
        claims.put("iss", AuthorizationServerContextHolder.getContext().getIssuer());
        return new OidcUserInfo(claims);
    }

    void write(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OidcUserInfo userInfo = ((OidcUserInfoAuthenticationToken) authentication).getUserInfo();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuedAt(now).expiresAt(now.plusSeconds(60));
        userInfo.getClaims().forEach(claims::claim);
        String jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
        response.setContentType("application/jwt");
        response.getOutputStream().write(jwt.getBytes(StandardCharsets.US_ASCII));
    }
}
