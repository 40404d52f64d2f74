package fr.guichet.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * On an {@link IntegrationTest} (usually the subclass of a search test that runs on Lucene), runs it against this
 * JVM's real OpenSearch node ({@link TestOpenSearch}) through the Elasticsearch/OpenSearch backend: the same test
 * bodies on both backends. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = TestOpenSearchInitializer.class)
public @interface OnOpenSearch {
}
