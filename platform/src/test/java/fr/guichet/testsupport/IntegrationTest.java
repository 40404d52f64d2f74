package fr.guichet.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot integration test against this JVM's throwaway PostgreSQL database ({@link TestDatabase}), with the
 * {@code test} profile. The application class is found the usual way (the {@code @SpringBootConfiguration} above
 * the test's package), so the annotation serves the platform and app modules alike. All tests using it share one
 * cached application context per module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
