package fr.guichet.opensearchnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for tests, in its own JVM: single-node discovery, no security plugin, bound to 127.0.0.1 on the
 * given HTTP and transport ports, its home and data under the given directory. The plugins a distribution ships as
 * modules (HTTP/transport over Netty, the analysis filters, Painless, reindex) are loaded from the class path, as
 * OpenSearch's own test framework does, instead of from a {@code modules/} directory: the node runs straight from
 * Maven's jars. The bootstrap ({@code org.opensearch.bootstrap.OpenSearch}) is not used: it installs a security
 * manager, which Java 24 and later refuse.
 *
 * <p>The node stops when its standard input closes, so that it never outlives the test JVM that started it.
 *
 * <p>Arguments: {@code <home directory> <http port> <transport port>}.
 */
public final class TestNode {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class,
            CommonAnalysisPlugin.class, PainlessPlugin.class, ReindexPlugin.class);

    private TestNode() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "guichet-test")
                .put("node.name", "guichet-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                // Tests run on busy machines with little free disk: never turn the index read-only for that.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("bootstrap.memory_lock", false)
                .build();
        LogConfigurator.configureWithoutConfig(settings);
        Node node = new ClasspathNode(settings, home.resolve("config"));
        node.start();
        // One node: no replica for any index (one could never be allocated), so the cluster is green, not yellow.
        // Throwaway data: the translog is synced in the background, not on every bulk request.
        node.client().admin().indices().preparePutTemplate("single-node").setPatterns(List.of("*")).setOrder(-1)
                .setSettings(Settings.builder().put("index.number_of_replicas", 0)
                        .put("index.translog.durability", "async"))
                .get();
        System.out.println("guichet-test-node started on http://127.0.0.1:" + args[1]);
        awaitEndOfInput(System.in);
        node.close();
        System.exit(0);
    }

    private static void awaitEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // The parent writes nothing; it closes the stream (or dies) to stop the node.
            }
        } catch (IOException closed) {
            // same as the end of input
        }
    }

    /** A node with plugins given as classes (Node's own constructor for that is protected). */
    private static final class ClasspathNode extends Node {

        ClasspathNode(Settings settings, Path config) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), config,
                    () -> "guichet-test-node"), PLUGINS, true);
        }
    }
}
