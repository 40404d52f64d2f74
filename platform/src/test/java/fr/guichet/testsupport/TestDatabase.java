package fr.guichet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A throwaway PostgreSQL database for the integration tests of this JVM, on a real server (never H2).
 *
 * <p>The first call to {@link #jdbcUrl()} creates {@code guichet_test_<random>} through the {@code postgres}
 * maintenance database of the server named by {@code GUICHET_TEST_DB_HOST}, {@code GUICHET_TEST_DB_PORT},
 * {@code GUICHET_TEST_DB_USER} (and {@code GUICHET_TEST_DB_PASSWORD}, optional); defaults: 127.0.0.1, 5432,
 * postgres, no password. A shutdown hook drops it with {@code DROP DATABASE ... WITH (FORCE)} when the JVM exits,
 * so parallel builds (other modules, other engineers) never share or see each other's data.
 */
public final class TestDatabase {

    private static final String HOST = env("GUICHET_TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = env("GUICHET_TEST_DB_PORT", "5432");
    private static final String USER = env("GUICHET_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("GUICHET_TEST_DB_PASSWORD", "");

    private static volatile TestDatabase instance;
    private static @Nullable Path searchIndex;

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** JDBC URL of this JVM's test database (created on first use). */
    public static String jdbcUrl() {
        return urlOf(get().name);
    }

    /**
     * This JVM's search index directory, created on first use and deleted at exit: the index must be as fresh as the
     * database, or documents of an earlier run's tenant with the same schema would show up.
     */
    public static synchronized Path searchIndexDirectory() {
        if (searchIndex == null) {
            try {
                Path directory = Files.createTempDirectory("guichet-search-");
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> deleteTree(directory)));
                searchIndex = directory;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searchIndex;
    }

    static void deleteTree(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    /** Name of this JVM's test database (created on first use). */
    public static String databaseName() {
        return get().name;
    }

    public static String username() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static TestDatabase get() {
        TestDatabase db = instance;
        if (db == null) {
            synchronized (TestDatabase.class) {
                db = instance;
                if (db == null) {
                    db = create();
                    instance = db;
                }
            }
        }
        return db;
    }

    private static TestDatabase create() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        String name = "guichet_test_" + HexFormat.of().formatHex(random);
        // template0 + UTF8: the French texts of the tests must survive whatever template1 a server has.
        maintenance("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("drop-" + name).unstarted(() -> {
            try {
                awaitNoConnections(name);
                maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        return new TestDatabase(name);
    }

    /**
     * Spring closes its cached test contexts in its own shutdown hook, which runs at the same time as this one and
     * still uses the database (Modulith's registry, the pool): dropping under it would make it wait for connections
     * until the pool times out. So wait (at most 15 s) until the application's connections are gone.
     */
    private static void awaitNoConnections(String name) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        try (Connection connection = DriverManager.getConnection(urlOf("postgres"), credentials());
             var statement = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            statement.setString(1, name);
            while (System.nanoTime() < deadline) {
                try (var rows = statement.executeQuery()) {
                    if (rows.next() && rows.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            System.err.println("Could not watch connections to " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void maintenance(String sql) {
        try (Connection connection = DriverManager.getConnection(urlOf("postgres"), credentials());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database server " + HOST + ":" + PORT + " refused: " + sql
                    + " (set GUICHET_TEST_DB_HOST/PORT/USER/PASSWORD to use another server)", e);
        }
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        if (!PASSWORD.isEmpty()) {
            properties.setProperty("password", PASSWORD);
        }
        properties.setProperty("ApplicationName", "guichet-tests");
        return properties;
    }

    private static String urlOf(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return Objects.toString(name);
    }
}
