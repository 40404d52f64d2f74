package fr.guichet.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FranceConnect simulator (module {@code franceconnect-simulator}, which also serves a ProConnect-like issuer for
 * agents, {@link #proConnectIssuer()}) run as a child process in its own JVM, on
 * 127.0.0.1 (not {@code *.localhost}, so that its cookies never mix with the portal's): the demo profile starts it
 * beside the app, and the tests that need it start it themselves. It runs from the module's classes and the class
 * path its build writes ({@code target/runtime-classpath.txt}), so {@code spring-boot:run} and {@code verify} both
 * have what it needs.
 */
public final class FranceConnectSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FranceConnectSimulator.class);
    private static final String MAIN = "fr.guichet.simulator.SimulatorApplication";
    /** The token the simulated API Particulier accepts (its default). */
    public static final String API_PARTICULIER_TOKEN = "jeton-simulateur-api-particulier";
    /** A token the simulated API Particulier answers with HTTP 500. */
    public static final String API_PARTICULIER_FAILING_TOKEN = "jeton-panne-api-particulier";
    /** A token the simulated API Particulier answers too late (10 s). */
    public static final String API_PARTICULIER_SLOW_TOKEN = "jeton-lent-api-particulier";

    /** A service provider the simulator accepts, with its exact redirect and post-logout addresses. */
    public record Client(String clientId, String secret, List<String> redirectUris,
            List<String> postLogoutRedirectUris) {
    }

    private final Process process;
    private final int port;

    private FranceConnectSimulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the simulator and waits until it serves its keys.
     *
     * @param home the {@code franceconnect-simulator} module's directory, built at least to {@code process-classes}
     * @throws IllegalStateException when it is not built, does not start or is not ready within {@code timeout}
     */
    public static FranceConnectSimulator start(Path home, int port, List<Client> clients, Duration timeout) {
        Path classes = home.resolve("target/classes");
        Path classpathFile = home.resolve("target/runtime-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("The FranceConnect simulator is not built in " + home.toAbsolutePath()
                    + ": build it with ./mvnw -pl franceconnect-simulator process-classes");
        }
        try {
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", classes.toAbsolutePath() + java.io.File.pathSeparator
                            + Files.readString(classpathFile).strip(),
                    MAIN, "--server.port=" + port));
            for (int i = 0; i < clients.size(); i++) {
                Client client = clients.get(i);
                String prefix = "--simulator.clients[" + i + "].";
                command.add(prefix + "client-id=" + client.clientId());
                command.add(prefix + "client-secret=" + client.secret());
                for (int j = 0; j < client.redirectUris().size(); j++) {
                    command.add(prefix + "redirect-uris[" + j + "]=" + client.redirectUris().get(j));
                }
                for (int j = 0; j < client.postLogoutRedirectUris().size(); j++) {
                    command.add(prefix + "post-logout-redirect-uris[" + j + "]="
                            + client.postLogoutRedirectUris().get(j));
                }
            }
            Path logFile = home.resolve("target/franceconnect-simulator-" + port + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            FranceConnectSimulator simulator = new FranceConnectSimulator(process, port);
            simulator.awaitReady(timeout, logFile);
            log.info("FranceConnect simulator ready at {} (log: {})", simulator.issuer(), logFile.toAbsolutePath());
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simulator's issuer, the provider address a tenant's registration names. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/api/v2";
    }

    /** The simulator's ProConnect-like issuer for agents, the issuer a tenant's agent provider names. */
    public String proConnectIssuer() {
        return "http://127.0.0.1:" + port + "/proconnect/api/v2";
    }

    /**
     * The base address of the simulated API Particulier (v3 routes under it), for a tenant's access in the simulator
     * environment; its token is {@link #API_PARTICULIER_TOKEN}.
     */
    public String apiParticulierUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Duration timeout, Path logFile) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The FranceConnect simulator stopped at start-up; see " + logFile);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/jwks"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("The FranceConnect simulator was not ready in " + timeout + "; see " + logFile);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Stops the simulator's JVM. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
