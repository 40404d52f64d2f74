package fr.guichet.bench;

import fr.guichet.GuichetApplication;
import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.ProvisioningProgress;
import fr.guichet.tenancy.ProvisioningRequest;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.territories.OfficialCommune;
import fr.guichet.territories.Slugs;
import fr.guichet.testsupport.TestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: the application on the throwaway database, provisioning, percentiles, the output. */
final class Bench {

    private Bench() {
    }

    /** The whole application (Spring, Hibernate, Vaadin, Tomcat on a random port) on this JVM's test database. */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GuichetApplication.class).run(
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--spring.datasource.username=" + TestDatabase.username(),
                "--guichet.search.directory=" + TestDatabase.searchIndexDirectory(),
                "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off");
    }

    /** Provisions one commune of the official list through {@link TenantProvisioning}, as a platform operator. */
    static Tenant provision(ConfigurableApplicationContext app, OfficialCommune commune) throws Exception {
        TenantProvisioning provisioning = app.getBean(TenantProvisioning.class);
        String slug = Slugs.slugify(commune.name()).replaceAll("-+$", "");
        String finalSlug = (slug.length() > 44 ? slug.substring(0, 44).replaceAll("-+$", "") : slug) + "-"
                + commune.inseeCode().toLowerCase(Locale.ROOT);
        return OperatorScopes.callAsPlatform(() -> provisioning.provision(
                ProvisioningRequest.commune(commune.inseeCode(), finalSlug, null), ProvisioningProgress.NONE))
                .tenant();
    }

    /** The p-th percentile (nearest rank) of nanosecond samples. */
    static long percentile(List<Long> values, double p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return percentile(sorted, p);
    }

    static long percentile(long[] sorted, double p) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }

    /** "p50 1.2 ms, p95 3.4 ms, max 5.6 ms" of nanosecond samples. */
    static String millis(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6, percentile(sorted, 100) / 1e6);
    }

    static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(Locale.ROOT, format, args));
    }

    /** Several lines of text (an execution plan), each prefixed so that they stay with the figures. */
    static void reportLines(String title, String text) {
        report("%s", title);
        Arrays.stream(text.split("\n")).forEach(line -> System.out.println("BENCHMARK   " + line));
    }
}
