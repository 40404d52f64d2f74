package fr.guichet.bench;

import fr.guichet.requests.Channel;
import fr.guichet.workflows.Workflow;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many requests into one tenant schema at once with {@code COPY}, as the services would have left them: a
 * reference per Paris year without gaps (and {@code reference_counters} where the next submission continues), a
 * status reached through the standard workflow with its timeline (submission, assignment, transitions with their
 * comments), due dates from the procedure's processing time, closing dates, assignees, channels.
 */
final class RequestSeeder {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int CHUNK = 5_000;
    private static final Duration SPAN = Duration.ofDays(730);
    private static final String CITIZEN = "usager";

    /** A published procedure, how often it is used, and answers really submitted to it to copy from. */
    record Procedure(UUID id, int version, String title, int processingDays, int weight, List<Sample> samples) {
    }

    /** The stored answers of one submission and who made it. */
    record Sample(String answersJson, String name, String email) {
    }

    /** What was written. */
    record Seeded(int requests, int events, Map<String, Integer> byStatus, int overdue, int assigned, double seconds) {
    }

    private record Step(String transition, String from, String to, boolean byCitizen, @Nullable String comment,
            boolean visible) {
    }

    private final String schema;
    private final String prefix;
    private final List<Procedure> procedures;
    private final List<String> agents;
    private final Random random;

    /**
     * @param prefix the three letters of the tenant's references
     */
    RequestSeeder(String schema, String prefix, List<Procedure> procedures, List<String> agents, long seed) {
        this.schema = schema;
        this.prefix = prefix;
        this.procedures = List.copyOf(procedures);
        this.agents = List.copyOf(agents);
        this.random = new Random(seed);
    }

    /** The three letters of a tenant's references, as the requests feature derives them from its slug. */
    static String prefix(String slug) {
        String letters = slug.replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
        return (letters + "XXX").substring(0, 3);
    }

    Seeded seed(Connection connection, int count, Instant now) throws SQLException {
        long t0 = System.nanoTime();
        connection.setAutoCommit(false);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Instant start = now.minus(SPAN);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            // Growing use over the two years (density rising linearly), mostly during office hours.
            long day = (long) (SPAN.toDays() * Math.sqrt(random.nextDouble()));
            long second = random.nextInt(10) < 8 ? 8 * 3600 + random.nextInt(11 * 3600) : random.nextInt(86_400);
            offsets[i] = Math.min(day * 86_400 + second, SPAN.toSeconds() - 60);
        }
        Arrays.sort(offsets);
        Map<Integer, Long> counters = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        int events = 0;
        int overdue = 0;
        int assigned = 0;
        StringBuilder requests = new StringBuilder();
        StringBuilder timeline = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Instant submitted = start.plusSeconds(offsets[i]).plusMillis(random.nextInt(1000));
            int year = submitted.atZone(PARIS).getYear();
            long number = counters.merge(year, 1L, Long::sum);
            String reference = String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, number);
            Procedure procedure = procedure();
            Sample sample = SampleAnswers.pick(random, procedure.samples());
            Channel channel = channel();
            String registeredBy = channel == Channel.ONLINE ? null : SampleAnswers.pick(random, agents);
            UUID citizen = channel == Channel.ONLINE && random.nextInt(10) < 3 ? UUID.randomUUID() : null;
            String email = channel == Channel.ONLINE || random.nextBoolean() ? sample.email() : null;
            Instant due = submitted.plus(Duration.ofDays(procedure.processingDays()));
            double ageDays = Duration.between(submitted, now).toSeconds() / 86_400.0;
            String status = status(ageDays);
            List<Step> steps = path(status);
            String assignee = status.equals(Workflow.RECEIVED) ? (random.nextInt(100) < 8 ? agent() : null)
                    : status.equals(Workflow.WITHDRAWN) && steps.size() == 1 ? null
                    : random.nextInt(100) < 85 ? agent() : null;
            UUID id = UUID.randomUUID();
            List<Instant> times = times(submitted, now, steps.size() + (assignee == null ? 0 : 1),
                    procedure.processingDays());
            int position = 0;
            event(timeline, id, position++, submitted, "SUBMITTED", registeredBy == null ? CITIZEN : registeredBy,
                    null, Workflow.RECEIVED, null, true);
            int moment = 0;
            String worker = assignee == null ? agent() : assignee;
            if (assignee != null) {
                event(timeline, id, position++, times.get(moment++), "ASSIGNED", assignee, null, null, assignee,
                        false);
            }
            Instant last = assignee == null ? submitted : times.get(moment - 1);
            for (Step step : steps) {
                last = times.get(moment++);
                event(timeline, id, position++, last, "TRANSITION", step.byCitizen() ? CITIZEN : worker, step.from(),
                        step.to(), step.comment(), step.visible());
            }
            Instant closed = status.equals(Workflow.CLOSED) || status.equals(Workflow.WITHDRAWN) ? last : null;
            if (closed == null && due.isBefore(now)) {
                overdue++;
            }
            if (assignee != null) {
                assigned++;
            }
            events += position;
            byStatus.merge(status, 1, Integer::sum);
            row(requests, id, reference, procedure.id(), procedure.version(), procedure.title(), status,
                    channel.name(), citizen, channel == Channel.ONLINE || random.nextInt(10) < 9 ? sample.name() : null,
                    email, sample.answersJson(), submitted, last, due, closed, assignee, registeredBy, position - 1);
            if ((i + 1) % CHUNK == 0 || i == count - 1) {
                copyIn(copy, "requests (id, reference, procedure_id, procedure_version, procedure_title, status,"
                        + " channel, citizen_id, contact_name, contact_email, answers_json, submitted_at, updated_at,"
                        + " due_at, closed_at, assignee, registered_by, version)", requests);
                copyIn(copy, "request_events (id, request_id, position, at, kind, actor, from_status, to_status, text,"
                        + " visible_to_citizen)", timeline);
            }
        }
        try (PreparedStatement counter = connection.prepareStatement("INSERT INTO " + schema
                + ".reference_counters (year, last_value) VALUES (?, ?) ON CONFLICT (year) DO UPDATE"
                + " SET last_value = EXCLUDED.last_value")) {
            for (Map.Entry<Integer, Long> entry : counters.entrySet()) {
                counter.setInt(1, entry.getKey());
                counter.setLong(2, entry.getValue());
                counter.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // What autovacuum would have done by then: statistics, and the visibility map for index-only scans.
            statement.execute("VACUUM (ANALYZE) " + schema + ".requests");
            statement.execute("VACUUM (ANALYZE) " + schema + ".request_events");
            statement.execute("VACUUM (ANALYZE) " + schema + ".reference_counters");
        }
        return new Seeded(count, events, byStatus, overdue, assigned, (System.nanoTime() - t0) / 1e9);
    }

    /** Older requests are mostly closed; recent ones are mostly still being handled. */
    private String status(double ageDays) {
        int[] weights; // recue, en_instruction, attente, acceptee, refusee, cloturee, retiree (per mille)
        if (ageDays <= 3) {
            weights = new int[] {700, 200, 50, 30, 10, 0, 10};
        } else if (ageDays <= 15) {
            weights = new int[] {250, 350, 120, 100, 30, 120, 30};
        } else if (ageDays <= 60) {
            weights = new int[] {40, 100, 60, 60, 20, 690, 30};
        } else {
            weights = new int[] {3, 7, 10, 5, 5, 940, 30};
        }
        String[] states = {Workflow.RECEIVED, Workflow.IN_PROGRESS, Workflow.WAITING_CITIZEN, Workflow.ACCEPTED,
            Workflow.REFUSED, Workflow.CLOSED, Workflow.WITHDRAWN};
        int draw = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return states[i];
            }
        }
        throw new IllegalStateException();
    }

    /** The transitions of the standard workflow that lead from « reçue » to {@code status}. */
    private List<Step> path(String status) {
        Step take = new Step("prendre_en_charge", Workflow.RECEIVED, Workflow.IN_PROGRESS, false, null, false);
        List<Step> steps = new ArrayList<>();
        switch (status) {
            case Workflow.RECEIVED -> { }
            case Workflow.IN_PROGRESS -> {
                steps.add(take);
                exchange(steps, 15);
            }
            case Workflow.WAITING_CITIZEN -> {
                if (random.nextBoolean()) {
                    steps.add(take);
                }
                steps.add(ask(steps.isEmpty() ? Workflow.RECEIVED : Workflow.IN_PROGRESS));
            }
            case Workflow.ACCEPTED, Workflow.REFUSED, Workflow.CLOSED -> {
                boolean accepted = status.equals(Workflow.ACCEPTED)
                        || status.equals(Workflow.CLOSED) && random.nextInt(10) < 8;
                steps.add(take);
                exchange(steps, 20);
                steps.add(accepted
                        ? new Step("accepter", Workflow.IN_PROGRESS, Workflow.ACCEPTED, false,
                                random.nextBoolean() ? "Intervention programmée par les services techniques." : null,
                                true)
                        : new Step("refuser", Workflow.IN_PROGRESS, Workflow.REFUSED, false,
                                "La demande ne relève pas de la commune : nous l’avons transmise au service compétent.",
                                true));
                if (status.equals(Workflow.CLOSED)) {
                    steps.add(new Step("cloturer", accepted ? Workflow.ACCEPTED : Workflow.REFUSED, Workflow.CLOSED,
                            false, null, false));
                }
            }
            case Workflow.WITHDRAWN -> {
                if (random.nextInt(10) < 3) {
                    steps.add(take);
                }
                steps.add(new Step(Workflow.WITHDRAW, steps.isEmpty() ? Workflow.RECEIVED : Workflow.IN_PROGRESS,
                        Workflow.WITHDRAWN, true, null, true));
            }
            default -> throw new IllegalArgumentException(status);
        }
        return steps;
    }

    /** Sometimes the agent asks for more and the citizen answers, back to « en cours d'instruction ». */
    private void exchange(List<Step> steps, int percent) {
        if (random.nextInt(100) < percent) {
            steps.add(ask(Workflow.IN_PROGRESS));
            steps.add(new Step(Workflow.ANSWER, Workflow.WAITING_CITIZEN, Workflow.IN_PROGRESS, true,
                    "Voici la photo demandée, le problème est toujours là.", true));
        }
    }

    private static Step ask(String from) {
        return new Step("demander_complements", from, Workflow.WAITING_CITIZEN, false,
                "Merci de préciser l’emplacement exact (numéro de rue ou repère).", true);
    }

    /** {@code count} increasing moments after {@code submitted}, spread like an agent's work, all before now. */
    private List<Instant> times(Instant submitted, Instant now, int count, int processingDays) {
        double[] gaps = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            gaps[i] = 600 + -Math.log(1 - random.nextDouble()) * processingDays * 86_400 * 0.25;
            total += gaps[i];
        }
        double room = Duration.between(submitted, now).toSeconds() * 0.95;
        double scale = total > room ? room / total : 1;
        List<Instant> times = new ArrayList<>(count);
        double at = 0;
        for (double gap : gaps) {
            at += gap * scale;
            times.add(submitted.plusSeconds((long) at));
        }
        return times;
    }

    private Procedure procedure() {
        int draw = random.nextInt(procedures.stream().mapToInt(Procedure::weight).sum());
        for (Procedure procedure : procedures) {
            draw -= procedure.weight();
            if (draw < 0) {
                return procedure;
            }
        }
        throw new IllegalStateException();
    }

    private Channel channel() {
        int draw = random.nextInt(100);
        return draw < 70 ? Channel.ONLINE : draw < 82 ? Channel.COUNTER : draw < 90 ? Channel.PHONE
                : draw < 96 ? Channel.EMAIL : Channel.POST;
    }

    private String agent() {
        return SampleAnswers.pick(random, agents);
    }

    private void copyIn(CopyManager copy, String table, StringBuilder rows) throws SQLException {
        try {
            copy.copyIn("COPY " + schema + "." + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(
                    rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        rows.setLength(0);
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value instanceof Instant instant) {
                out.append(instant.truncatedTo(ChronoUnit.MICROS));
            } else if (value instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }

    private static void event(StringBuilder out, UUID request, int position, Instant at, String kind, String actor,
            @Nullable String from, @Nullable String to, @Nullable String text, boolean visible) {
        row(out, UUID.randomUUID(), request, position, at, kind, actor, from, to, text, visible);
    }
}
