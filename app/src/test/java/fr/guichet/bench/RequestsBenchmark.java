package fr.guichet.bench;

import fr.guichet.attachments.Attachments;
import fr.guichet.attachments.SampleFiles;
import fr.guichet.attachments.UploadOutcome;
import fr.guichet.attachments.Uploader;
import fr.guichet.catalog.Catalog;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.testsupport.TestTeams;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureTemplate;
import fr.guichet.catalog.TemplateLibrary;
import fr.guichet.requests.Casework;
import fr.guichet.requests.Channel;
import fr.guichet.requests.InboxQuery;
import fr.guichet.requests.Requester;
import fr.guichet.requests.SubmissionResult;
import fr.guichet.requests.Submissions;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.territories.OfficialTerritories;
import fr.guichet.testsupport.TestDatabase;
import fr.guichet.workflows.Workflow;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import fr.guichet.search.Facet;
import fr.guichet.search.IndexHealth;
import fr.guichet.search.RequestSearch;
import fr.guichet.search.SearchIndexes;
import fr.guichet.search.SearchOrder;
import fr.guichet.search.SearchQuery;
import fr.guichet.search.SearchResults;
import fr.guichet.tenancy.OperatorScopes;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of requests at a large commune's scale, run on demand (docs/benchmarks.md), never in the normal suite.
 * Seeds {@code bench.requests} requests (100,000) in one tenant, then prints: the inbox's queries through
 * {@link Casework} as an agent (the first page as the view loads it, two filtered pages, scrolling deep) with the
 * plan of the slowest; submissions per second through {@link Submissions#submitOnline} with 1, 2 and 4 threads, in
 * one tenant and across two; the heap an agent's open inbox retains.
 */
@Tag("benchmark")
class RequestsBenchmark {

    /** Set once the application has started: file answers need real uploads. */
    static Attachments attachments;

    private static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);
    private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 3_000);
    private static final int AGENTS = Integer.getInteger("bench.agents", 100);
    /** Which parts to run, e.g. {@code -Dbench.parts=inbox}; seeding always runs. */
    private static final String PARTS = System.getProperty("bench.parts", "inbox,memory,submissions,search");
    /** {@code all} prints the plan of every measured query, not only of the slowest. */
    private static final boolean EXPLAIN_ALL = "all".equals(System.getProperty("bench.explain"));
    private static final int PAGE = 50;
    private static final int SAMPLES_PER_PROCEDURE = 25;
    static final List<String> STAFF = List.of("agent.voirie@mairie-chambery.fr",
            "agent.etat-civil@mairie-chambery.fr", "agent.accueil@mairie-chambery.fr",
            "responsable.services-techniques@mairie-chambery.fr", "agent.vie-associative@mairie-chambery.fr",
            "agent.domaine-public@mairie-chambery.fr");
    /** Template, share of the requests in per cent. */
    static final Map<String, Integer> PROCEDURES = orderedMap(SampleAnswers.REPORT, 45,
            SampleAnswers.CIVIL_STATUS, 30, SampleAnswers.ROOM, 15, SampleAnswers.PUBLIC_SPACE, 10);

    record Published(String key, UUID id, String slug, String title, int processingDays) {
    }

    private record Load(List<Long> total, List<Long> counts, List<Long> page, List<Long> count) {
    }

    @Test
    void printsInboxSubmissionAndMemoryFigures() throws Exception {
        try (ConfigurableApplicationContext app = Bench.start()) {
            attachments = app.getBean(Attachments.class);
            OfficialTerritories territories = app.getBean(OfficialTerritories.class);
            Tenant commune = Bench.provision(app, territories.commune("73065").orElseThrow()); // Chambéry
            Tenant other = Bench.provision(app, territories.commune("73008").orElseThrow()); // Aix-les-Bains
            List<Published> procedures = publish(app, commune, PROCEDURES.keySet().stream().toList());
            Published otherReport = publish(app, other, List.of(SampleAnswers.REPORT)).getFirst();
            Published report = procedures.getFirst();

            seed(app, commune, procedures);
            index(app, commune);
            // Search and the inbox are measured for an agent of a team (decision 014), so the scope's cost is in the
            // figures (an agent in no team would see nothing).
            TestTeams.team(app.getBean(AgentAccounts.class), app.getBean(TeamAdministration.class),
                    app.getBean(Catalog.class), commune, "Services techniques", "agent.voirie@mairie-chambery.fr",
                    procedures.stream().map(Published::slug).toArray(String[]::new));
            if (PARTS.contains("search")) {
                search(app, commune);
                visibility(app, commune, report, "agent.voirie@mairie-chambery.fr");
            }
            if (PARTS.contains("inbox")) {
                inbox(app, commune, report, procedures);
            }
            if (PARTS.contains("memory")) {
                memory(app, commune);
            }
            if (PARTS.contains("submissions")) {
                submissions(app, commune, report, other, otherReport);
            }
            checkReferences(commune);
        }
    }

    /**
     * Seeded and submitted requests share the yearly numbering (seeded years end in {@code reference_counters}, which
     * the year's sequence continues): each year numbered 1..n without doubles, and without gaps since no submission
     * of the run failed after taking its number.
     */
    private static void checkReferences(Tenant commune) throws SQLException {
        List<String> years = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT y.year::int, y.n, y.d, y.m, s.last_value FROM"
                     + " (SELECT split_part(reference, '-', 2) AS year, count(*) AS n, count(DISTINCT reference) AS d,"
                     + " max(split_part(reference, '-', 3)::int) AS m FROM " + commune.schema() + ".requests"
                     + " GROUP BY 1) y LEFT JOIN pg_sequences s ON s.schemaname = '" + commune.schema() + "'"
                     + " AND s.sequencename = 'request_reference_' || y.year ORDER BY 1")) {
            while (rows.next()) {
                long count = rows.getLong(2);
                long sequence = rows.getLong(5);
                boolean sequenced = !rows.wasNull();
                if (rows.getLong(3) != count || rows.getLong(4) != count || (sequenced && sequence != count)) {
                    throw new IllegalStateException("References of " + rows.getInt(1) + " are not 1.." + count);
                }
                years.add(rows.getInt(1) + ": 1.." + count);
            }
        }
        Bench.report("references unique and without gaps (%s)", String.join(", ", years));
    }

    private static void memory(ConfigurableApplicationContext app, Tenant commune) {
        InboxMemory.Result memory = InboxMemory.measure(app, commune.asCurrent(), AGENTS);
        Bench.report("memory per open inbox (%d agents, each a Vaadin session with one window, grid's first page"
                + " of %d rows fetched): %.0f KB retained per agent; a session with an empty window: %.0f KB;"
                + " the inbox's own share: %.0f KB", memory.agents(), memory.rowsPerGrid(),
                memory.perAgent() / 1024.0, memory.perEmptyWindow() / 1024.0,
                (memory.perAgent() - memory.perEmptyWindow()) / 1024.0);
    }

    // --- set-up --------------------------------------------------------------------------------------------------

    static List<Published> publish(ConfigurableApplicationContext app, Tenant tenant, List<String> keys) {
        Catalog catalog = app.getBean(Catalog.class);
        TemplateLibrary library = app.getBean(TemplateLibrary.class);
        return as("conception@mairie.test", "ROLE_DESIGNER", () -> TenantContext.supplyAs(tenant.asCurrent(),
                () -> keys.stream().map(key -> {
                    ProcedureTemplate template = library.find(key).orElseThrow();
                    Procedure draft = catalog.instantiate(template);
                    Procedure published = catalog.publish(draft.id());
                    return new Published(key, published.id(), published.slug(), template.description().title(),
                            template.description().processingDays());
                }).toList()));
    }

    /**
     * Submits a few requests to each procedure through the service, keeps what was stored as the answers to copy,
     * empties the tenant's requests again, then seeds {@link #REQUESTS} requests with {@code COPY}.
     */
    private static void seed(ConfigurableApplicationContext app, Tenant commune, List<Published> procedures)
            throws SQLException {
        List<RequestSeeder.Procedure> seeded = sampled(app, commune, procedures, SAMPLES_PER_PROCEDURE);
        String prefix = RequestSeeder.prefix(commune.slug());
        try (Connection connection = connect()) {
            RequestSeeder.Seeded result = new RequestSeeder(commune.schema(), prefix, seeded, STAFF, 42)
                    .seed(connection, REQUESTS, Instant.now());
            Bench.report("seeding %,d requests (%,d timeline events, %d procedures, 5 channels, 2 years) with COPY,"
                    + " then VACUUM ANALYZE: %.1f s", result.requests(), result.events(), procedures.size(),
                    result.seconds());
            Bench.report("seeded statuses %s; %,d open past their due date; %,d assigned to %d agents",
                    result.byStatus(), result.overdue(), result.assigned(), STAFF.size());
        }
    }

    /**
     * Submits {@code perProcedure} requests to each procedure through the service (realistic answers that pass
     * validation), keeps what was stored as samples to copy, then empties the tenant's requests, counters and
     * yearly sequences again, for {@link RequestSeeder}.
     */
    static List<RequestSeeder.Procedure> sampled(ConfigurableApplicationContext app, Tenant commune,
            List<Published> procedures, int perProcedure) throws SQLException {
        Submissions submissions = app.getBean(Submissions.class);
        Random random = new Random(2026);
        for (Published procedure : procedures) {
            for (int i = 0; i < perProcedure; i++) {
                submit(submissions, commune, procedure, random);
            }
        }
        List<RequestSeeder.Procedure> seeded = new ArrayList<>();
        try (Connection connection = connect()) {
            for (Published procedure : procedures) {
                List<RequestSeeder.Sample> samples = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT answers_json, contact_name,"
                        + " contact_email FROM " + commune.schema() + ".requests WHERE procedure_id = ?")) {
                    select.setObject(1, procedure.id());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            samples.add(new RequestSeeder.Sample(rows.getString(1), rows.getString(2),
                                    rows.getString(3)));
                        }
                    }
                }
                seeded.add(new RequestSeeder.Procedure(procedure.id(), 1, procedure.title(),
                        procedure.processingDays(), PROCEDURES.get(procedure.key()), samples));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM " + commune.schema() + ".requests");
                statement.execute("DELETE FROM " + commune.schema() + ".reference_counters");
                // The years' sequences start again from the seeded counters when first used.
                statement.execute("DO $$ DECLARE s record; BEGIN FOR s IN SELECT sequencename FROM pg_sequences"
                        + " WHERE schemaname = '" + commune.schema() + "' AND sequencename LIKE 'request_reference_%'"
                        + " LOOP EXECUTE format('DROP SEQUENCE %I.%I', '" + commune.schema() + "', s.sequencename);"
                        + " END LOOP; END $$");
            }
        }
        return seeded;
    }

    static SubmissionResult submit(Submissions submissions, Tenant tenant, Published procedure,
            Random random) {
        SampleAnswers.Person person = SampleAnswers.person(random);
        Uploader uploader = Uploader.citizen(java.util.UUID.randomUUID());
        Map<String, Object> answers = uploaded(submissions, tenant, uploader,
                SampleAnswers.answers(procedure.key(), person, random));
        SubmissionResult result = TenantContext.supplyAs(tenant.asCurrent(), () -> submissions.submitOnline(
                procedure.slug(), answers, Requester.guest(person.name(), person.email()), uploader));
        if (!result.accepted()) {
            throw new IllegalStateException(procedure.key() + " refused " + answers + ": " + result.errors());
        }
        return result;
    }

    /** The answers with each file answer replaced by a real upload (a small PDF or JPEG) of {@code uploader}. */
    private static Map<String, Object> uploaded(Submissions submissions, Tenant tenant, Uploader uploader,
            Map<String, Object> answers) {
        if (answers.values().stream().noneMatch(value -> value instanceof Map<?, ?>)) {
            return answers;
        }
        Map<String, Object> withFiles = new java.util.LinkedHashMap<>(answers);
        withFiles.replaceAll((key, value) -> {
            if (!(value instanceof Map<?, ?> file) || !file.containsKey("reference")) {
                return value;
            }
            String name = String.valueOf(file.get("name"));
            byte[] content = name.endsWith(".pdf") ? SampleFiles.pdf() : SampleFiles.jpeg();
            UploadOutcome outcome = TenantContext.supplyAs(tenant.asCurrent(), () -> {
                try {
                    return attachments.upload(uploader, List.of("pdf", "jpg", "jpeg", "png"), 5_242_880L, name,
                            new java.io.ByteArrayInputStream(content));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return ((UploadOutcome.Accepted) outcome).answer();
        });
        return withFiles;
    }

    // --- inbox ---------------------------------------------------------------------------------------------------

    private static void inbox(ConfigurableApplicationContext app, Tenant commune, Published report,
            List<Published> teamProcedures)
            throws SQLException {
        Casework casework = app.getBean(Casework.class);
        Map<String, InboxQuery> queries = orderedMap(
                "first page (no filter, newest first)", InboxQuery.all(),
                "filtered page (status « en cours d’instruction » + procedure « signalement » + channel online,"
                        + " due first)", new InboxQuery(report.id(), Workflow.IN_PROGRESS, null, Channel.ONLINE, null,
                        null, false, InboxQuery.Order.DUE_FIRST),
                "filtered page (overdue only, due first)", new InboxQuery(null, null, null, null, null, null, true,
                        InboxQuery.Order.DUE_FIRST));
        Map<String, Long> p95s = new LinkedHashMap<>();
        as("agent.voirie@mairie-chambery.fr", "ROLE_AGENT", () -> TenantContext.supplyAs(commune.asCurrent(), () -> {
            statementsPerLoad(app, casework);
            for (Map.Entry<String, InboxQuery> entry : queries.entrySet()) {
                Load load = load(casework, entry.getValue());
                long total = casework.count(entry.getValue());
                Bench.report("inbox %s, %,d matching of %,d, %d rounds: load (countsByStatus + page of %d + count)"
                        + " %s; countsByStatus %s; page %s; count %s", entry.getKey(), total, REQUESTS,
                        ROUNDS, PAGE, Bench.millis(load.total()), Bench.millis(load.counts()),
                        Bench.millis(load.page()), Bench.millis(load.count()));
                p95s.put(entry.getKey() + " / countsByStatus", Bench.percentile(load.counts(), 95));
                p95s.put(entry.getKey() + " / page", Bench.percentile(load.page(), 95));
                p95s.put(entry.getKey() + " / count", Bench.percentile(load.count(), 95));
            }
            int deep = REQUESTS / 2;
            casework.inbox(InboxQuery.all(), deep, PAGE);
            List<Long> scroll = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                casework.inbox(InboxQuery.all(), deep, PAGE);
                scroll.add(System.nanoTime() - t0);
            }
            Bench.report("inbox scrolled deep (offset %,d, page of %d, newest first), 5 times: %s", deep, PAGE,
                    Bench.millis(scroll));
            return null;
        }));
        String slowest = Collections.max(p95s.entrySet(), Map.Entry.comparingByValue()).getKey();
        explain(commune, "slowest of the inbox's queries at p95: " + slowest, sql(slowest, report, teamProcedures));
        if (EXPLAIN_ALL) {
            for (String measured : p95s.keySet()) {
                explain(commune, measured, sql(measured, report, teamProcedures));
            }
        }
        explain(commune, "scrolling deep (offset " + REQUESTS / 2 + ")", "SELECT * FROM requests"
                + " ORDER BY submitted_at DESC, id DESC OFFSET " + REQUESTS / 2 + " LIMIT " + PAGE);
    }

    /** What the view runs when it opens or a filter changes: counters, then the grid's first page and its size. */
    private static Load load(Casework casework, InboxQuery query) {
        InboxQuery base = query.withStatus(null);
        for (int i = 0; i < Math.max(20, ROUNDS / 4); i++) {
            casework.countsByStatus(base);
            casework.inbox(query, 0, PAGE);
            casework.count(query);
        }
        Load load = new Load(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            casework.countsByStatus(base);
            long t1 = System.nanoTime();
            if (casework.inbox(query, 0, PAGE).isEmpty()) {
                throw new IllegalStateException("No request matches " + query);
            }
            long t2 = System.nanoTime();
            casework.count(query);
            long t3 = System.nanoTime();
            load.counts().add(t1 - t0);
            load.page().add(t2 - t1);
            load.count().add(t3 - t2);
            load.total().add(t3 - t0);
        }
        return load;
    }

    /** Statements one inbox load sends, to see that no request's timeline (a lazy collection) is loaded. */
    private static void statementsPerLoad(ConfigurableApplicationContext app, Casework casework) {
        Statistics statistics = app.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class)
                .getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        LoggingSystem logging = app.getBean(LoggingSystem.class);
        logging.setLogLevel("org.hibernate.SQL", LogLevel.DEBUG);
        try {
            casework.countsByStatus(InboxQuery.all());
            casework.inbox(InboxQuery.all(), 0, PAGE);
            casework.count(InboxQuery.all());
            Bench.report("inbox load: %d SQL statements, %d entities loaded, %d collections fetched (timelines)",
                    statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(),
                    statistics.getCollectionFetchCount());
        } finally {
            statistics.setStatisticsEnabled(false);
            logging.setLogLevel("org.hibernate.SQL", null);
        }
    }

    /** Statements one submission sends (Hibernate's count; the commit is not a statement). */
    private static void statementsPerSubmission(ConfigurableApplicationContext app, Submissions submissions,
            Tenant tenant, Published procedure) {
        Statistics statistics = app.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class)
                .getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            submit(submissions, tenant, procedure, new Random(3));
            Bench.report("one submission: %d SQL statements (%d queries, %d entities loaded, %d inserted,"
                    + " %d collections fetched)", statistics.getPrepareStatementCount(),
                    statistics.getQueryExecutionCount(), statistics.getEntityLoadCount(),
                    statistics.getEntityInsertCount(), statistics.getCollectionFetchCount());
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** The SQL Hibernate sends for one measured query (same predicates, order and limit), for EXPLAIN. */
    /** The SQL of a measured query, with the agent's scope: the procedures of their team (decision 014). */
    private static String sql(String measured, Published report, List<Published> teamProcedures) {
        String query = measured.substring(0, measured.lastIndexOf(" / "));
        String part = measured.substring(measured.lastIndexOf(" / ") + 3);
        String scope = " WHERE procedure_id IN (" + String.join(", ", teamProcedures.stream()
                .map(p -> "'" + p.id() + "'").toList()) + ")";
        String where = scope + (query.startsWith("first page") ? ""
                : query.contains("overdue") ? " AND closed_at IS NULL AND due_at < now()"
                : " AND procedure_id = '" + report.id() + "' AND status = '" + Workflow.IN_PROGRESS
                        + "' AND channel = 'ONLINE'");
        String order = query.startsWith("first page") ? " ORDER BY submitted_at DESC, id DESC"
                : " ORDER BY coalesce(due_at, '9999-12-31T00:00:00Z'), submitted_at";
        return switch (part) {
            case "countsByStatus" -> "SELECT status, count(*) FROM requests"
                    + where.replace(" AND status = '" + Workflow.IN_PROGRESS + "'", "") + " GROUP BY status";
            case "count" -> "SELECT count(*) FROM requests" + where;
            default -> "SELECT * FROM requests" + where + order + " OFFSET 0 LIMIT " + PAGE;
        };
    }

    private static void explain(Tenant tenant, String title, String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + tenant.schema());
            StringBuilder plan = new StringBuilder(sql).append('\n');
            try (ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            Bench.reportLines("plan of the " + title + ":", plan.toString().strip());
        }
    }

    // --- submissions ---------------------------------------------------------------------------------------------

    private static void submissions(ConfigurableApplicationContext app, Tenant commune, Published report,
            Tenant other, Published otherReport) throws Exception {
        Submissions submissions = app.getBean(Submissions.class);
        Random random = new Random(7);
        for (int i = 0; i < Math.max(100, SUBMISSIONS / 10); i++) { // warm-up
            submit(submissions, i % 2 == 0 ? commune : other, i % 2 == 0 ? report : otherReport, random);
        }
        statementsPerSubmission(app, submissions, commune, report);
        for (int threads : new int[] {1, 2, 4}) {
            series(submissions, threads, List.of(commune), List.of(report));
        }
        series(submissions, 4, List.of(commune, other), List.of(report, otherReport));
        // The same series with Hibernate Search's automatic indexing off: what indexing costs a submission.
        SearchMapping mapping = app.getBean(SearchMapping.class);
        mapping.indexingPlanFilter(filter -> filter.exclude(fr.guichet.requests.Request.class));
        try {
            Bench.report("the same submissions with automatic indexing turned off (mapping-wide indexing plan filter):");
            for (int threads : new int[] {1, 4}) {
                series(submissions, threads, List.of(commune), List.of(report));
            }
            series(submissions, 4, List.of(commune, other), List.of(report, otherReport));
        } finally {
            mapping.indexingPlanFilter(filter -> filter.include(fr.guichet.requests.Request.class));
        }
    }

    // --- search --------------------------------------------------------------------------------------------------

    /** The seeded requests were written with COPY, out of Hibernate's sight: a bulk import indexes afterwards. */
    private static void index(ConfigurableApplicationContext app, Tenant commune) throws Exception {
        SearchIndexes indexes = app.getBean(SearchIndexes.class);
        long t0 = System.nanoTime();
        long indexed = OperatorScopes.callAsPlatform(() -> indexes.reindexAndWait(commune));
        double seconds = (System.nanoTime() - t0) / 1e9;
        IndexHealth health = OperatorScopes.callAsPlatform(() -> indexes.health(commune.id()));
        Bench.report("mass indexing of the tenant's %,d requests after the bulk load: %.1f s, %.0f requests per"
                + " second; index on disk %.1f MB (%s)", indexed, seconds, indexed / seconds,
                health.indexBytes() / 1_048_576.0, health.upToDate() ? "up to date" : "NOT up to date");
    }

    /** From a submission's return to its reference being found by an agent's search (asynchronous indexing). */
    static void visibility(ConfigurableApplicationContext app, Tenant commune, Published report, String agent) {
        RequestSearch search = app.getBean(RequestSearch.class);
        Submissions submissions = app.getBean(Submissions.class);
        Random random = new Random(11);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            SubmissionResult submitted = submit(submissions, commune, report, random);
            long t0 = System.nanoTime();
            as(agent, "ROLE_AGENT", () -> TenantContext.supplyAs(commune.asCurrent(),
                    () -> {
                        while (search.search(SearchQuery.of(submitted.reference())).directRequest().isEmpty()) {
                            if (System.nanoTime() - t0 > 10_000_000_000L) {
                                throw new IllegalStateException(submitted.reference() + " not found after 10 s");
                            }
                            Thread.onSpinWait();
                        }
                        return null;
                    }));
            delays.add(System.nanoTime() - t0);
        }
        Bench.report("delay from a submission's return to its reference found by a search, 100 submissions: %s",
                Bench.millis(delays));
    }

    /** Agents' queries (words of the seeded answers, some with a facet ticked), p50 and p95 through RequestSearch. */
    private static void search(ConfigurableApplicationContext app, Tenant commune) {
        RequestSearch search = app.getBean(RequestSearch.class);
        List<String> words = List.of("lampadaire", "trottoir", "naissance", "mariage", "salle", "terrasse",
                "dupont", "martin", "rue", "acte", "déchets", "réunion", "\"rue de la\"", "fuite eau", "stationnement");
        List<Long> plain = new ArrayList<>();
        List<Long> faceted = new ArrayList<>();
        long[] found = new long[1];
        as("agent.voirie@mairie-chambery.fr", "ROLE_AGENT", () -> TenantContext.supplyAs(commune.asCurrent(), () -> {
            for (int i = 0; i < ROUNDS * 2; i++) {
                String text = words.get(i % words.size());
                boolean withFacet = i % 2 == 1;
                SearchQuery query = withFacet ? new SearchQuery(text, Map.of(Facet.STATUS, java.util.Set.of(
                        "recue", "en_instruction")), SearchOrder.NEWEST, 0) : SearchQuery.of(text);
                long t0 = System.nanoTime();
                SearchResults results = search.search(query);
                (withFacet ? faceted : plain).add(System.nanoTime() - t0);
                found[0] += results.total();
            }
            return null;
        }));
        Bench.report("search of %d queries (words, highlights, 5 facets counted): %s; with a status facet ticked"
                + " (one more count query): %s; %,d results on average", plain.size() + faceted.size(),
                Bench.millis(plain), Bench.millis(faceted), found[0] / (plain.size() + faceted.size()));
    }

    /**
     * {@code threads} threads, spread over the tenants, each submitting its share of {@link #SUBMISSIONS}; a sampler
     * counts the database sessions waiting for a lock (the yearly reference counter row) meanwhile.
     */
    private static void series(Submissions submissions, int threads, List<Tenant> tenants, List<Published> procedures)
            throws Exception {
        int each = SUBMISSIONS / threads;
        List<List<Long>> latencies = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Tenant tenant = tenants.get(t % tenants.size());
            Published procedure = procedures.get(t % tenants.size());
            List<Long> mine = new ArrayList<>(each);
            latencies.add(mine);
            Random random = new Random(100 + t);
            workers.add(Thread.ofPlatform().name("soumissions-" + t).start(() -> {
                try {
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        submit(submissions, tenant, procedure, random);
                        mine.add(System.nanoTime() - t0);
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }));
        }
        ready.await();
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicLong samples = new AtomicLong();
        AtomicLong waiting = new AtomicLong();
        AtomicLong active = new AtomicLong();
        Thread sampler = Thread.ofPlatform().name("echantillonneur").start(() -> sampleLocks(sampling, samples,
                waiting, active));
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampling.set(false);
        sampler.join();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Submissions failed", failures.getFirst());
        }
        List<Long> all = latencies.stream().flatMap(List::stream).toList();
        Bench.report("submissions through Submissions.submitOnline, %d tenant%s, %d thread%s, %,d requests: %.0f per"
                + " second; latency %s; database sessions waiting for a lock: %.2f on average, of %.2f active",
                tenants.size(), tenants.size() > 1 ? "s" : "", threads, threads > 1 ? "s" : "", all.size(),
                all.size() / seconds, Bench.millis(all), samples.get() == 0 ? 0.0 : waiting.get() / (double) samples
                        .get(), samples.get() == 0 ? 0.0 : active.get() / (double) samples.get());
    }

    private static void sampleLocks(AtomicBoolean sampling, AtomicLong samples, AtomicLong waiting,
            AtomicLong active) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FILTER (WHERE wait_event_type = 'Lock'), count(*) FILTER (WHERE state = 'active')"
                        + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (sampling.get()) {
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    waiting.addAndGet(rows.getLong(1));
                    active.addAndGet(rows.getLong(2));
                    samples.incrementAndGet();
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", TestDatabase.username());
        if (!TestDatabase.password().isEmpty()) {
            credentials.setProperty("password", TestDatabase.password());
        }
        return DriverManager.getConnection(TestDatabase.jdbcUrl(), credentials);
    }

    static <T> T as(String name, String role, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(role)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> orderedMap(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
