package fr.guichet.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * This JVM's OpenSearch 2.19 node, for the search tests against the Elasticsearch/OpenSearch backend: started on first
 * use in its own JVM from the {@code opensearch-node} module's classes and the class path its build writes (Maven's
 * jars of OpenSearch and its plugins), on 127.0.0.1 and free ports, its home and data in a temporary directory; shared
 * by every test class of this JVM and stopped when the JVM exits (its standard input closes, and a shutdown hook
 * stops it too). As fresh as {@link TestDatabase}: a new node per JVM, so no earlier run's documents.
 */
public final class TestOpenSearch {

    private static final String MAIN = "fr.guichet.opensearchnode.TestNode";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static @Nullable URI uri;

    private TestOpenSearch() {
    }

    /** The node's HTTP address, such as {@code http://127.0.0.1:40123}; starts the node on first use. */
    public static synchronized URI uri() {
        if (uri == null) {
            uri = start(moduleHome());
        }
        return uri;
    }

    private static URI start(Path module) {
        Path classes = module.resolve("target/classes");
        Path classpath = module.resolve("target/runtime-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpath)) {
            throw new IllegalStateException("The OpenSearch test node is not built in " + module.toAbsolutePath()
                    + ": build it with ./mvnw -pl opensearch-node process-classes (or -am)");
        }
        try {
            Path home = Files.createTempDirectory("guichet-opensearch-");
            int httpPort = freePort();
            int transportPort = freePort();
            Path log = home.resolve("node.log");
            Process process = new ProcessBuilder(List.of(javaBinary(), "-Xms256m", "-Xmx384m",
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp", classes.toAbsolutePath() + File.pathSeparator + Files.readString(classpath).strip(),
                    MAIN, home.toString(), Integer.toString(httpPort), Integer.toString(transportPort)))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                stop(process);
                TestDatabase.deleteTree(home);
            }));
            URI address = URI.create("http://127.0.0.1:" + httpPort);
            long started = System.nanoTime();
            awaitReady(process, address, log);
            System.out.printf("OpenSearch test node ready at %s in %d ms (log: %s)%n", address,
                    (System.nanoTime() - started) / 1_000_000, log);
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Process process, URI address, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(address.resolve("/_cluster/health?wait_for_status=green&timeout=1s"))
                .timeout(Duration.ofSeconds(3)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The OpenSearch test node stopped at start-up; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // retry below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop(process);
        throw new IllegalStateException("The OpenSearch test node was not ready in " + START_TIMEOUT + "; see " + log);
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    /** The {@code opensearch-node} module beside this one (tests run from their module's directory). */
    private static Path moduleHome() {
        String configured = System.getProperty("guichet.opensearch-node.home");
        return configured != null ? Path.of(configured) : Path.of("..", "opensearch-node");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
