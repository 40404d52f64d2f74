package fr.guichet.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators see of the engine holding the index: its name and version, the cluster's health and the index's
 * size. Embedded Lucene is measured on disk; an Elasticsearch/OpenSearch cluster is asked through Hibernate Search's
 * own REST client (same hosts and credentials as indexing).
 */
final class SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);

    /** The engine, its cluster's health (null without a cluster) and the size of the whole index. */
    record Status(String engine, @Nullable String clusterStatus, long indexBytes) {
    }

    private final SearchMapping mapping;
    private final SearchProperties properties;

    SearchEngine(SearchMapping mapping, SearchProperties properties) {
        this.mapping = mapping;
        this.properties = properties;
    }

    Status status() {
        return switch (properties.backend()) {
            case LUCENE -> new Status("Lucene", null, sizeOnDisk(properties.directory()));
            case ELASTICSEARCH -> cluster();
        };
    }

    private Status cluster() {
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        try {
            JsonObject root = get(client, "/").getAsJsonObject("version");
            String distribution = root.has("distribution") ? root.get("distribution").getAsString() : "elasticsearch";
            String engine = ("opensearch".equals(distribution) ? "OpenSearch " : "Elasticsearch ")
                    + root.get("number").getAsString();
            String health = get(client, "/_cluster/health").get("status").getAsString();
            String alias = properties.elasticsearch().indexPrefix() + RequestMapping.INDEX + "-read";
            JsonElement bytes = get(client, "/" + alias + "/_stats/store").getAsJsonObject("_all")
                    .getAsJsonObject("primaries").getAsJsonObject("store").get("size_in_bytes");
            return new Status(engine, health, bytes.getAsLong());
        } catch (IOException | RuntimeException e) {
            log.warn("The search cluster at {} did not answer: {}", properties.elasticsearch().uris(), e.toString());
            return new Status("Elasticsearch/OpenSearch", "unreachable", 0);
        }
    }

    private static JsonObject get(RestClient client, String path) throws IOException {
        Response response = client.performRequest(new Request("GET", path));
        try (Reader body = new InputStreamReader(response.getEntity().getContent(), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(body).getAsJsonObject();
        }
    }

    private static long sizeOnDisk(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException vanished) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not measure the index in {}", directory, e);
            return 0;
        }
    }
}
