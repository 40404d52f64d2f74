package fr.guichet.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import fr.guichet.tenancy.TenantSchemaListener;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates, migrates and drops tenant schemas with Flyway ({@code db/tenant}). The control plane ({@code db/platform})
 * and the template schema that Hibernate validates its mappings against are migrated once at start-up; tenant
 * schemas never are (see docs/decisions/003-tenant-schema-migrations.md).
 */
@Component
public class TenantSchemas {

    /** Schema that receives every tenant migration at start-up, so Hibernate can validate entity mappings. */
    public static final String TEMPLATE_SCHEMA = "tenant_template";
    static final String PLATFORM_SCHEMA = "platform";
    private static final Pattern SCHEMA_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+)__.*\\.sql$");
    private static final Logger log = LoggerFactory.getLogger(TenantSchemas.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ObjectProvider<TenantSchemaListener> listeners;
    private final int latestVersion;

    TenantSchemas(DataSource dataSource, JdbcClient jdbc, ObjectProvider<TenantSchemaListener> listeners) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.listeners = listeners;
        this.latestVersion = scanLatestVersion();
        migrateControlPlane();
    }

    /** Highest tenant migration shipped with this release. */
    public int latestVersion() {
        return latestVersion;
    }

    /** Schema name for a slug: {@code t_} followed by the slug with dashes as underscores. */
    public static String schemaFor(String slug) {
        return "t_" + slug.replace('-', '_');
    }

    /** Creates the schema; whatever was kept about an earlier schema of that name (search documents) is forgotten. */
    public void create(String schema) {
        quoted(schema);
        listeners.orderedStream().forEach(listener -> listener.schemaCreated(schema));
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS " + quoted(schema)).update();
    }

    /** Brings {@code schema} up to {@link #latestVersion()}; harmless when it is already there. */
    public int migrate(String schema) {
        long start = System.nanoTime();
        tenantFlyway(schema).migrate();
        log.debug("Migrated schema {} to V{} in {} ms", schema, latestVersion, (System.nanoTime() - start) / 1_000_000);
        return latestVersion;
    }

    /** Drops the schema and whatever is kept about it elsewhere (search documents). */
    public void drop(String schema) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE").update();
        listeners.orderedStream().forEach(listener -> listener.schemaDropped(schema));
    }

    public boolean exists(String schema) {
        return jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?").param(schema)
                .query(Integer.class).single() > 0;
    }

    static String quoted(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Refusing unsafe schema name: " + schema);
        }
        return '"' + schema + '"';
    }

    private void migrateControlPlane() {
        Flyway.configure().dataSource(dataSource).schemas(PLATFORM_SCHEMA).defaultSchema(PLATFORM_SCHEMA)
                .createSchemas(true).locations("classpath:db/platform").load().migrate();
        tenantFlyway(TEMPLATE_SCHEMA).migrate();
    }

    private Flyway tenantFlyway(String schema) {
        quoted(schema);
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/tenant").load();
    }

    private static int scanLatestVersion() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/tenant/V*.sql");
            return Arrays.stream(scripts).map(Resource::getFilename).filter(name -> name != null)
                    .map(VERSIONED::matcher).filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
