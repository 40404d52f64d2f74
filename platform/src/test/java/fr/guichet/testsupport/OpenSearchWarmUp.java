package fr.guichet.testsupport;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts this JVM's OpenSearch test node in the background as soon as the run's test plan is known, if it holds an
 * {@link OnOpenSearch} test class: the node's start (a few seconds, more on a busy machine) then overlaps the tests
 * that run before those classes. A run without such a class (targeted runs of other tests) starts no node.
 * Registered in {@code META-INF/services}.
 */
public class OpenSearchWarmUp implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(OpenSearchWarmUp::onOpenSearch)) {
            Thread.ofPlatform().daemon().name("opensearch-warm-up").start(() -> {
                try {
                    TestOpenSearch.uri();
                } catch (RuntimeException e) {
                    // The first test on OpenSearch starts it again and reports the failure.
                    System.err.println("The OpenSearch test node did not start in the background: " + e.getMessage());
                }
            });
        }
    }

    private static boolean onOpenSearch(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(source -> source.getJavaClass().isAnnotationPresent(OnOpenSearch.class)).orElse(false);
    }
}
