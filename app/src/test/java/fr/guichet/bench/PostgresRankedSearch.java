package fr.guichet.bench;

import fr.guichet.search.Facet;
import fr.guichet.search.SearchOrder;
import fr.guichet.search.SearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the search would cost with PostgreSQL's ranked full-text search instead of Lucene, for the benchmark only: a
 * {@code tsvector} column of one tenant's requests (procedure title and name weighted A, e-mail and the answers'
 * strings B, the timeline's text C; French configuration) with a GIN index, and for each query what
 * {@code RequestSearch} returns: 20 hits by {@code ts_rank} (or newest) with {@code ts_headline} extracts of the answers,
 * the total, and the five facets' counts within the agent's procedures (one more count per ticked facet, without
 * its own filter, as Lucene does).
 */
final class PostgresRankedSearch implements AutoCloseable {

    private static final String MATCH = " FROM requests r, websearch_to_tsquery('french', ?) q"
            + " WHERE r.search_doc @@ q AND r.procedure_id = ANY(?)";

    private final Connection connection;
    private final double fillSeconds;
    private final double indexSeconds;
    private final long indexBytes;

    private PostgresRankedSearch(Connection connection, double fillSeconds, double indexSeconds, long indexBytes) {
        this.connection = connection;
        this.fillSeconds = fillSeconds;
        this.indexSeconds = indexSeconds;
        this.indexBytes = indexBytes;
    }

    static PostgresRankedSearch prepare(String schema) throws SQLException {
        Connection connection = RequestsBenchmark.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            statement.execute("ALTER TABLE requests ADD COLUMN search_doc tsvector");
            long t0 = System.nanoTime();
            statement.execute("UPDATE requests r SET search_doc ="
                    + " setweight(to_tsvector('french', r.procedure_title), 'A')"
                    + " || setweight(to_tsvector('french', coalesce(r.contact_name, '')), 'A')"
                    + " || setweight(to_tsvector('french', coalesce(r.contact_email, '')), 'B')"
                    + " || setweight(to_tsvector('french', r.answers_json::jsonb), 'B')"
                    + " || setweight(to_tsvector('french', coalesce((SELECT string_agg(e.text, ' ')"
                    + " FROM request_events e WHERE e.request_id = r.id AND e.kind <> 'ASSIGNED'), '')), 'C')");
            long t1 = System.nanoTime();
            statement.execute("CREATE INDEX requests_search_doc_idx ON requests USING gin (search_doc)");
            long t2 = System.nanoTime();
            statement.execute("VACUUM (ANALYZE) requests");
            try (ResultSet size = statement.executeQuery("SELECT pg_relation_size('requests_search_doc_idx')")) {
                size.next();
                return new PostgresRankedSearch(connection, (t1 - t0) / 1e9, (t2 - t1) / 1e9, size.getLong(1));
            }
        }
    }

    double fillSeconds() {
        return fillSeconds;
    }

    double indexSeconds() {
        return indexSeconds;
    }

    long indexBytes() {
        return indexBytes;
    }

    /** Runs the query as RequestSearch would answer it; the total of matching requests. */
    long search(SearchQuery query, List<UUID> scope) throws SQLException {
        Filters all = filters(query.filters(), null);
        String order = query.order() == SearchOrder.NEWEST ? "r.submitted_at DESC"
                : "ts_rank(r.search_doc, q) DESC, r.submitted_at DESC";
        consume("SELECT h.id, h.reference, h.procedure_title, h.status, h.channel, h.submitted_at, h.contact_name,"
                + " h.assignee, ts_headline('french', h.answers_json::jsonb, h.q, 'MaxFragments=2, MaxWords=25,"
                + " MinWords=10, StartSel=<mark>, StopSel=</mark>') FROM (SELECT r.*, q" + MATCH + all.sql
                + " ORDER BY " + order + " LIMIT 20) h", query.text(), scope, all.values);
        long total = consume("SELECT count(*), count(*) FILTER (WHERE submitted_at >= now() - interval '7 days'),"
                + " count(*) FILTER (WHERE submitted_at >= now() - interval '30 days'),"
                + " count(*) FILTER (WHERE submitted_at >= now() - interval '365 days'),"
                + " count(*) FILTER (WHERE submitted_at < now() - interval '365 days'),"
                + " procedure_id, status, channel, coalesce(assignee, '-')"
                + " FROM (SELECT r.procedure_id, r.status, r.channel, r.assignee, r.submitted_at" + MATCH + all.sql
                + ") m GROUP BY GROUPING SETS ((procedure_id), (status), (channel), (coalesce(assignee, '-')), ())"
                + " ORDER BY GROUPING(procedure_id, status, channel, coalesce(assignee, '-')) DESC",
                query.text(), scope, all.values);
        for (Facet ticked : query.filters().keySet()) {
            Filters others = filters(query.filters(), ticked);
            consume("SELECT " + column(ticked) + ", count(*)" + MATCH + others.sql + " GROUP BY 1", query.text(),
                    scope, others.values);
        }
        return total;
    }

    private record Filters(String sql, List<String[]> values) {
    }

    private static Filters filters(Map<Facet, Set<String>> ticked, Facet except) {
        StringBuilder sql = new StringBuilder();
        List<String[]> values = new ArrayList<>();
        ticked.forEach((facet, keys) -> {
            if (facet != except) {
                sql.append(" AND ").append(column(facet)).append(" = ANY(?)");
                values.add(keys.toArray(String[]::new));
            }
        });
        return new Filters(sql.toString(), values);
    }

    private static String column(Facet facet) {
        return switch (facet) {
            case PROCEDURE -> "r.procedure_id::text";
            case STATUS -> "r.status";
            case CHANNEL -> "r.channel";
            case ASSIGNEE -> "coalesce(r.assignee, '-')";
            case PERIOD -> throw new IllegalArgumentException("the benchmark's queries tick no period");
        };
    }

    /** Runs a statement and reads every row; the first column of the first row when it is a count. */
    private long consume(String sql, String text, List<UUID> scope, List<String[]> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, text);
            statement.setArray(2, connection.createArrayOf("uuid", scope.toArray()));
            for (int i = 0; i < values.size(); i++) {
                statement.setArray(3 + i, connection.createArrayOf("text", values.get(i)));
            }
            long first = 0;
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                boolean firstRow = true;
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                    if (firstRow) {
                        first = rows.getObject(1) instanceof Number count ? count.longValue() : 0;
                        firstRow = false;
                    }
                }
            }
            return first;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
