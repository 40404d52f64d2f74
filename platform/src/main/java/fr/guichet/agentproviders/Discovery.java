package fr.guichet.agentproviders;

import fr.guichet.oidc.ProviderFieldChecks;
import fr.guichet.oidc.ProviderHttp;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reads an issuer's OpenID Connect discovery document ({@code <issuer>/.well-known/openid-configuration}) with short
 * timeouts and checks it: its {@code issuer} is exactly the one configured (OpenID Connect Discovery 1.0, § 4.3), it
 * names the authorization, token and JWKS endpoints under HTTPS (plain HTTP on the loopback only), offers the
 * authorization code flow and signs id_tokens with RS256 or ES256. Every problem is a French sentence.
 */
@Component
class Discovery {

    private static final Logger log = LoggerFactory.getLogger(Discovery.class);
    static final String PATH = "/.well-known/openid-configuration";

    /** The document could not be used, with the French reason. */
    static final class Failed extends RuntimeException {
        Failed(String problem) {
            super(problem);
        }
    }

    private final RestClient http = ProviderHttp.client().build();

    ProviderMetadata discover(String issuer) {
        Map<String, Object> document;
        try {
            document = http.get().uri(issuer + PATH).accept(MediaType.APPLICATION_JSON).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        } catch (RestClientResponseException e) {
            log.warn("Discovery document of {} answered {}", issuer, e.getStatusCode());
            throw new Failed("Le fournisseur ne publie pas de document de découverte OpenID Connect à l’adresse "
                    + issuer + PATH + " (réponse " + e.getStatusCode().value() + ") : vérifiez l’adresse de l’émetteur.");
        } catch (RestClientException e) {
            log.warn("Discovery document of {} unreachable: {}", issuer, e.getMessage());
            throw new Failed("Le fournisseur " + issuer + " ne répond pas, ou sa réponse n’est pas un document "
                    + "OpenID Connect : vérifiez l’adresse et réessayez.");
        }
        if (document == null) {
            throw new Failed("Le document de découverte du fournisseur est vide.");
        }
        if (!issuer.equals(document.get("issuer"))) {
            throw new Failed("Le document de découverte annonce l’émetteur « " + document.get("issuer")
                    + " » au lieu de « " + issuer + " » : saisissez l’adresse exacte de l’émetteur.");
        }
        String authorization = endpoint(document, "authorization_endpoint", "d’autorisation");
        String token = endpoint(document, "token_endpoint", "de jeton");
        String jwks = endpoint(document, "jwks_uri", "des clés publiques (jwks_uri)");
        if (!listOr(document, "response_types_supported", List.of("code")).contains("code")) {
            throw new Failed("Le fournisseur ne propose pas le flux « code d’autorisation » (response_type=code).");
        }
        List<String> algorithms = listOr(document, "id_token_signing_alg_values_supported", List.of("RS256"));
        if (!algorithms.contains("RS256") && !algorithms.contains("ES256")) {
            throw new Failed("Le fournisseur ne signe pas ses jetons d’identité en RS256 ni en ES256.");
        }
        return new ProviderMetadata(issuer, authorization, token, optionalEndpoint(document, "userinfo_endpoint"),
                jwks, optionalEndpoint(document, "end_session_endpoint"),
                listOr(document, "token_endpoint_auth_methods_supported", List.of("client_secret_basic")));
    }

    private static String endpoint(Map<String, Object> document, String name, String what) {
        String value = optionalEndpoint(document, name);
        if (value == null) {
            throw new Failed("Le document de découverte ne donne pas d’adresse valide pour le point d’accès " + what
                    + " (" + name + ").");
        }
        return value;
    }

    private static @Nullable String optionalEndpoint(Map<String, Object> document, String name) {
        if (!(document.get(name) instanceof String value) || value.isBlank()) {
            return null;
        }
        return ProviderFieldChecks.urlProblem(value, "https://…") == null ? value : null;
    }

    private static List<String> listOr(Map<String, Object> document, String name, List<String> otherwise) {
        return document.get(name) instanceof List<?> values
                ? values.stream().map(String::valueOf).toList() : otherwise;
    }
}
