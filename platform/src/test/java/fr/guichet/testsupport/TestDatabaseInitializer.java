package fr.guichet.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code spring.datasource.*} at this JVM's {@link TestDatabase} and the search index at this JVM's temporary
 * directory (a fresh database must come with a fresh index), above every other property source (so a
 * developer's {@code application.yml} or environment can never aim the tests at a real database).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE = "guichetTestDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Contexts indexing another way (guichet.search.indexing=outbox) live in the same JVM as the default one:
        // each keeps its own Lucene index (one writer per directory).
        String indexing = context.getEnvironment().getProperty("guichet.search.indexing", "direct");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", TestDatabase.jdbcUrl(),
                "spring.datasource.username", TestDatabase.username(),
                "spring.datasource.password", TestDatabase.password(),
                "guichet.search.directory", TestDatabase.searchIndexDirectory().resolve(indexing).toString())));
    }
}
