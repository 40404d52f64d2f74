package fr.guichet.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Finds a database when none is configured: the PostgreSQL server on 127.0.0.1:5432 if it answers (database
 * {@code guichet} created if missing), otherwise an embedded PostgreSQL 17 with a persistent data directory, so
 * that a machine with only a JDK runs the product. Production sets {@code SPRING_DATASOURCE_URL} and
 * {@code GUICHET_DATABASE_FALLBACK=none}, so that a missing URL stops the start instead of using another database.
 */
public class LocalDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);
    private static final String DATABASE = "guichet";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.containsProperty("spring.datasource.url")) {
            return;
        }
        if ("none".equals(env.getProperty("guichet.database.fallback", "local"))) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL "
                    + "(GUICHET_DATABASE_FALLBACK=none forbids the local and embedded fallbacks)");
        }
        String host = env.getProperty("guichet.database.local-host", "127.0.0.1");
        int port = env.getProperty("guichet.database.local-port", Integer.class, 5432);
        String user = env.getProperty("guichet.database.local-user", "postgres");
        String url;
        if (answers(host, port)) {
            url = "jdbc:postgresql://" + host + ":" + port + "/";
            log.info("Using the PostgreSQL server at {}:{}", host, port);
        } else {
            url = startEmbedded(Path.of(env.getProperty("guichet.database.embedded-dir", "data/postgres")),
                    env.getProperty("guichet.database.embedded-port", Integer.class, 54329));
        }
        createDatabaseIfMissing(url, user);
        env.getPropertySources().addFirst(new MapPropertySource("guichet-local-database", Map.of(
                "spring.datasource.url", url + DATABASE,
                "spring.datasource.username", user,
                "spring.datasource.password", "")));
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String startEmbedded(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            log.info("No PostgreSQL server answers: starting an embedded PostgreSQL in {} on port {}",
                    dataDir.toAbsolutePath(), port);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(false).setPort(port).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            return "jdbc:postgresql://127.0.0.1:" + port + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(String serverUrl, String user) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, "")) {
            var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
            check.setString(1, DATABASE);
            if (!check.executeQuery().next()) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
                log.info("Created database {}", DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + DATABASE + " at " + serverUrl, e);
        }
    }
}
