package fr.guichet.search;

import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operators' command line: {@code --guichet.search.reindex=annecy,argonay} (or {@code all}) reindexes these
 * tenants one after the other, logs each one's count and time, then stops the application with exit code 0, or 1
 * when a slug is unknown or a reindex failed (docs/operations.md).
 */
@Component
@ConditionalOnProperty(name = "guichet.search.reindex")
class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String ALL = "all";
    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final SearchIndexes indexes;
    private final TenantDirectory tenants;
    private final ConfigurableApplicationContext context;
    private final String which;
    private int exitCode;

    ReindexCommand(SearchIndexes indexes, TenantDirectory tenants, ConfigurableApplicationContext context,
            org.springframework.core.env.Environment environment) {
        this.indexes = indexes;
        this.tenants = tenants;
        this.context = context;
        this.which = environment.getProperty("guichet.search.reindex", "");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        exitCode = OperatorScopes.callAsPlatform(this::reindex);
        if (!Boolean.getBoolean("guichet.search.reindex.keep-running")) {
            System.exit(SpringApplication.exit(context, this));
        }
    }

    int reindex() throws InterruptedException {
        int failures = 0;
        for (String slug : slugs()) {
            Tenant tenant = tenants.findBySlug(slug).orElse(null);
            if (tenant == null) {
                log.error("Reindex: no tenant with slug {}", slug);
                failures++;
                continue;
            }
            long start = System.nanoTime();
            try {
                long count = indexes.reindexAndWait(tenant);
                double seconds = (System.nanoTime() - start) / 1e9;
                log.info("Reindex: {} requests of {} in {} s ({} per second)", count, slug,
                        String.format("%.1f", seconds), Math.round(count / Math.max(seconds, 0.001)));
            } catch (IllegalStateException failed) {
                log.error("Reindex of {} failed", slug, failed);
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private List<String> slugs() {
        if (!ALL.equals(which.strip())) {
            return Arrays.stream(which.split(",")).map(String::strip).filter(slug -> !slug.isEmpty()).toList();
        }
        List<String> slugs = new ArrayList<>();
        String after = "";
        List<Tenant> batch;
        do {
            batch = tenants.servedBatch(0, after, 500);
            batch.forEach(tenant -> slugs.add(tenant.slug()));
            after = batch.isEmpty() ? after : batch.getLast().slug();
        } while (batch.size() == 500);
        return slugs;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
