package fr.guichet.simulator;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clients the simulator accepts. FranceConnect registers each service provider's exact
 * redirect and post-logout URIs; so does the simulator (tests and the demo pass theirs at start-up).
 * @param clients the service providers allowed to sign citizens in
 */
@ConfigurationProperties("simulator")
record SimulatorProperties(List<Client> clients) {

    SimulatorProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** One service provider, as FranceConnect's partner space registers it. */
    record Client(String clientId, String clientSecret, List<String> redirectUris,
            List<String> postLogoutRedirectUris) {

        Client {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        }
    }
}
