package fr.guichet.requests;

import fr.guichet.teams.VisibleProcedures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.stereotype.Component;

/**
 * The inbox's database queries: a page of rows with the filters (offset and limit pushed to PostgreSQL, so a page
 * costs the same with 100,000 requests) and the counts per status under the same filters. Every query is bounded
 * by the {@link Viewer}'s visible procedures: there is no way to ask without them.
 */
@Component
class InboxQueries {

    /**
     * Who is asking: the procedures whose requests they may see and their own teams (for « Mon équipe »).
     */
    record Viewer(VisibleProcedures procedures, Set<UUID> teams) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    List<Request> page(InboxQuery query, Viewer viewer, Instant now, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Request> select = cb.createQuery(Request.class);
        Root<Request> request = select.from(Request.class);
        select.where(filters(cb, request, query, viewer, now, true).toArray(Predicate[]::new));
        select.orderBy(switch (query.order()) {
            case NEWEST -> List.of(cb.desc(request.get("submittedAt")), cb.desc(request.get("id")));
            case OLDEST -> List.of(cb.asc(request.get("submittedAt")), cb.asc(request.get("id")));
            case DUE_FIRST -> List.of(cb.asc(cb.coalesce(request.get("dueAt"), Instant.parse("9999-12-31T00:00:00Z"))),
                    cb.asc(request.get("submittedAt")));
        });
        return entityManager.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /*
     * Counts are count(*), not count(id): PostgreSQL can then answer from an index alone (the status index for the
     * counters), instead of reading the whole table, whose rows carry the answers (docs/benchmarks.md).
     */
    long count(InboxQuery query, Viewer viewer, Instant now) {
        HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Request> request = count.from(Request.class);
        count.select(cb.count()).where(filters(cb, request, query, viewer, now, true).toArray(Predicate[]::new));
        return entityManager.createQuery(count).getSingleResult();
    }

    /** Requests per status under the query's other filters. */
    Map<String, Long> countsByStatus(InboxQuery query, Viewer viewer, Instant now) {
        HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
        CriteriaQuery<Tuple> counts = cb.createTupleQuery();
        Root<Request> request = counts.from(Request.class);
        counts.multiselect(request.get("status"), cb.count())
                .where(filters(cb, request, query, viewer, now, false).toArray(Predicate[]::new))
                .groupBy(request.get("status"));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Tuple tuple : entityManager.createQuery(counts).getResultList()) {
            byStatus.put(tuple.get(0, String.class), tuple.get(1, Long.class));
        }
        return byStatus;
    }

    private static List<Predicate> filters(CriteriaBuilder cb, Root<Request> request, InboxQuery query,
            Viewer viewer, Instant now, boolean withStatus) {
        List<Predicate> where = new ArrayList<>();
        if (!viewer.procedures().all()) {
            where.add(viewer.procedures().none() ? cb.disjunction()
                    : request.get("procedureId").in(viewer.procedures().procedures()));
        }
        switch (query.team()) {
            case null -> { }
            case TeamFilter.Mine mine -> where.add(viewer.teams().isEmpty() ? cb.disjunction()
                    : request.get("teamId").in(viewer.teams()));
            case TeamFilter.One one -> where.add(cb.equal(request.get("teamId"), one.teamId()));
            case TeamFilter.NoTeam none -> where.add(cb.isNull(request.get("teamId")));
        }
        if (query.procedureId() != null) {
            where.add(cb.equal(request.get("procedureId"), query.procedureId()));
        }
        if (withStatus && query.status() != null) {
            where.add(cb.equal(request.get("status"), query.status()));
        }
        if (InboxQuery.UNASSIGNED.equals(query.assignee())) {
            where.add(cb.isNull(request.get("assignee")));
        } else if (query.assignee() != null) {
            where.add(cb.equal(request.get("assignee"), query.assignee()));
        }
        if (query.channel() != null) {
            where.add(cb.equal(request.get("channel"), query.channel()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(request.get("submittedAt"),
                    query.from().atStartOfDay(References.PARIS).toInstant()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(request.get("submittedAt"),
                    query.to().plusDays(1).atStartOfDay(References.PARIS).toInstant()));
        }
        if (query.overdueOnly()) {
            where.add(cb.isNull(request.get("closedAt")));
            where.add(cb.lessThan(request.get("dueAt"), now));
        }
        return where;
    }
}
