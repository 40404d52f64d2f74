package fr.guichet.agentproviders;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An issuer on 127.0.0.1 that publishes a discovery document (valid, or altered as a test asks) and an empty JWKS:
 * plain JDK HTTP server, no Spring.
 */
final class DiscoveryServer implements AutoCloseable {

    private final HttpServer server;
    private volatile String document;

    DiscoveryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        document = valid();
        server.createContext("/realms/agents/.well-known/openid-configuration", exchange -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/agents";
    }

    String valid() {
        return document("\"" + issuer() + "\"", "[\"RS256\"]");
    }

    String document(String issuerJson, String algorithmsJson) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/agents/protocol/openid-connect";
        return "{\"issuer\":" + issuerJson + ",\"authorization_endpoint\":\"" + base + "/auth\",\"token_endpoint\":\""
                + base + "/token\",\"userinfo_endpoint\":\"" + base + "/userinfo\",\"jwks_uri\":\"" + base
                + "/certs\",\"end_session_endpoint\":\"" + base + "/logout\",\"response_types_supported\":[\"code\"],"
                + "\"id_token_signing_alg_values_supported\":" + algorithmsJson
                + ",\"token_endpoint_auth_methods_supported\":[\"client_secret_post\"]}";
    }

    void publish(String newDocument) {
        document = newDocument;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
