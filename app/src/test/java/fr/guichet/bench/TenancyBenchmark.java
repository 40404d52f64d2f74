package fr.guichet.bench;

import fr.guichet.tenancy.HostResolution;
import fr.guichet.tenancy.Site;
import fr.guichet.territories.OfficialCommune;
import fr.guichet.territories.OfficialTerritories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the multi-tenant backbone, run on demand (docs/benchmarks.md), never in the normal suite. Prints:
 * provisioning time per tenant (p50, p95, total) for 1,000 communes from the official list; application start-up
 * time with 3 tenants and with 1,003 tenants; host-to-tenant resolution cost from the cache (p50, p99).
 */
@Tag("benchmark")
class TenancyBenchmark {

    private static final int COMMUNES = Integer.getInteger("bench.communes", 1000);
    private static final int STARTS = 3;

    @Test
    void printsProvisioningStartupAndHostResolutionFigures() throws Exception {
        List<String> hosts = new ArrayList<>();
        try (ConfigurableApplicationContext app = start()) {
            hosts.addAll(provision(app, communes(app).subList(0, 3)));
        }
        start().close(); // warm-up, so that both measured series run on a warm JVM
        double startupWith3 = medianStartup();

        try (ConfigurableApplicationContext app = start()) {
            List<OfficialCommune> more = communes(app).subList(3, 3 + COMMUNES);
            long begin = System.nanoTime();
            List<Long> perTenant = new ArrayList<>();
            for (OfficialCommune commune : more) {
                long t0 = System.nanoTime();
                hosts.addAll(provision(app, List.of(commune)));
                perTenant.add(System.nanoTime() - t0);
            }
            long total = System.nanoTime() - begin;
            report("provisioning, %d communes: p50 %.1f ms, p95 %.1f ms, max %.1f ms, total %.1f s",
                    COMMUNES, percentile(perTenant, 50) / 1e6, percentile(perTenant, 95) / 1e6,
                    percentile(perTenant, 100) / 1e6, total / 1e9);
        }
        double startupWithAll = medianStartup();
        report("start-up (median of %d, warm JVM): %d tenants %.2f s, %d tenants %.2f s, difference %+.1f %%",
                STARTS, 3, startupWith3, hosts.size(), startupWithAll, 100 * (startupWithAll - startupWith3) / startupWith3);

        try (ConfigurableApplicationContext app = start()) {
            resolution(app.getBean(HostResolution.class), hosts);
        }
    }

    private static void resolution(HostResolution resolution, List<String> hosts) {
        String[] headers = hosts.stream().map(host -> host + ":8080").toArray(String[]::new);
        for (String header : headers) {
            requireTenant(resolution.resolve(header));
        }
        int rounds = 2_000_000;
        for (int i = 0; i < rounds; i++) {
            resolution.resolve(headers[i % headers.length]);
        }
        long[] samples = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            Site site = resolution.resolve(headers[(i * 31) % headers.length]);
            samples[i] = System.nanoTime() - t0;
            if (site == null) {
                throw new IllegalStateException();
            }
        }
        Arrays.sort(samples);
        report("host resolution from cache, %d hosts, %d calls: p50 %.2f µs, p99 %.2f µs, p99.9 %.2f µs", headers.length,
                rounds, samples[rounds / 2] / 1e3, samples[(int) (rounds * 0.99)] / 1e3,
                samples[(int) (rounds * 0.999)] / 1e3);
    }

    private static void requireTenant(Site site) {
        if (!(site instanceof Site.OfTenant)) {
            throw new IllegalStateException("Expected a tenant, got " + site);
        }
    }

    private static List<OfficialCommune> communes(ConfigurableApplicationContext app) {
        OfficialTerritories territories = app.getBean(OfficialTerritories.class);
        return territories.searchCommunes("saint", 5000).stream()
                .sorted(Comparator.comparing(OfficialCommune::inseeCode)).toList();
    }

    private static List<String> provision(ConfigurableApplicationContext app, List<OfficialCommune> communes)
            throws Exception {
        List<String> hosts = new ArrayList<>();
        for (OfficialCommune commune : communes) {
            hosts.add(Bench.provision(app, commune).defaultHost());
        }
        return hosts;
    }

    private static double medianStartup() {
        double[] seconds = new double[STARTS];
        for (int i = 0; i < STARTS; i++) {
            long t0 = System.nanoTime();
            try (ConfigurableApplicationContext app = start()) {
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
        }
        Arrays.sort(seconds);
        return seconds[STARTS / 2];
    }

    private static ConfigurableApplicationContext start() {
        return Bench.start();
    }

    private static long percentile(List<Long> values, int p) {
        return Bench.percentile(values, p);
    }

    private static void report(String format, Object... args) {
        Bench.report(format, args);
    }
}
