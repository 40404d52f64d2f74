package fr.guichet.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A provider that answers like FranceConnect v2 but forges what a test asks for: tokens signed with a key it does
 * not publish, another nonce, another issuer, an expired id_token, a userinfo without the birth date or not signed,
 * an authorization code used twice. It also publishes a discovery document, so that it can stand for an agents'
 * provider (decision 022). Runs in the test's JVM (plain JDK HTTP server, no Spring Security), on
 * 127.0.0.1.
 */
final class ForgingProvider implements AutoCloseable {

    enum Forgery { NONE, ROGUE_KEY, OTHER_NONCE, OTHER_ISSUER, EXPIRED, NO_BIRTHDATE, UNSIGNED_USERINFO,
        ROGUE_USERINFO }

    static final String SUBJECT = "b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1";

    private final HttpServer server;
    private final RSAKey published;
    private final RSAKey rogue;
    private final String clientId;
    private final Set<String> usedCodes = new HashSet<>();
    private volatile Forgery forgery = Forgery.NONE;
    private volatile String nonce = "";

    ForgingProvider(String clientId) throws IOException, JOSEException {
        this.clientId = clientId;
        this.published = new RSAKeyGenerator(2048).keyID("cle-1").generate();
        this.rogue = new RSAKeyGenerator(2048).keyID("cle-1").generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v2/jwks", exchange -> reply(exchange, 200, "application/json",
                new JWKSet(published.toPublicJWK()).toString()));
        server.createContext("/api/v2/token", this::token);
        server.createContext("/api/v2/.well-known/openid-configuration", exchange -> reply(exchange, 200,
                "application/json", discovery()));
        server.createContext("/api/v2/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2";
    }

    /** The discovery document, for agents' providers (FranceConnect's sign-in does not read it). */
    private String discovery() {
        return "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\","
                + "\"token_endpoint\":\"" + issuer() + "/token\",\"userinfo_endpoint\":\"" + issuer()
                + "/userinfo\",\"jwks_uri\":\"" + issuer() + "/jwks\",\"response_types_supported\":[\"code\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    /** What the next token and userinfo forge, and the nonce the portal sent in its authorization request. */
    void next(Forgery forgery, String nonce) {
        this.forgery = forgery;
        this.nonce = nonce;
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String code = form.replaceAll(".*code=([^&]*).*", "$1");
        if (!usedCodes.add(code)) {
            reply(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(forgery == Forgery.OTHER_ISSUER ? "https://ailleurs.example/api/v2" : issuer())
                .subject(SUBJECT).audience(clientId)
                .issueTime(Date.from(forgery == Forgery.EXPIRED ? now.minusSeconds(7200) : now))
                .expirationTime(Date.from(forgery == Forgery.EXPIRED ? now.minusSeconds(3600) : now.plusSeconds(60)))
                .claim("nonce", forgery == Forgery.OTHER_NONCE ? "un-autre-nonce" : nonce)
                .claim("acr", "eidas1");
        String idToken = sign(claims.build(), forgery == Forgery.ROGUE_KEY ? rogue : published);
        reply(exchange, 200, "application/json", "{\"access_token\":\"" + UUID.randomUUID()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":60,\"scope\":\"openid\",\"id_token\":\"" + idToken + "\"}");
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(SUBJECT).audience(clientId)
                .claim("given_name", "Camille").claim("family_name", "ROUSSEAU")
                .claim("email", "camille.rousseau@exemple.fr").claim("email_verified", true)
                .claim("birthcountry", "99100")
                .claim("birthplace", "74010").claim("gender", "female");
        if (forgery != Forgery.NO_BIRTHDATE) {
            claims.claim("birthdate", "1985-05-12");
        }
        if (forgery == Forgery.UNSIGNED_USERINFO) {
            reply(exchange, 200, "application/json", claims.build().toString());
            return;
        }
        reply(exchange, 200, "application/jwt",
                sign(claims.build(), forgery == Forgery.ROGUE_USERINFO ? rogue : published));
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of(type));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static Map<String, String> query(String location) {
        Map<String, String> parameters = new java.util.HashMap<>();
        String query = location.contains("?") ? location.substring(location.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), java.net.URLDecoder.decode(pair.substring(equals + 1),
                        StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
