package fr.guichet.search;

import fr.guichet.requests.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;

/**
 * The counts of every facet's values within the agent's visible requests. Facets with no ticked value are counted in
 * the query that fetches the hits (aggregations over the same predicate: one query for a search with no facet
 * ticked). A facet with ticked values is counted without its own filter (its other values stay offered, as
 * alternatives), so it costs one more query that fetches no hits.
 */
final class FacetCounts {

    private static final int MAX_VALUES = 100;

    private final SearchSession session;
    private final SearchPredicates predicates;
    private final long timeoutMillis;
    private final SearchQuery query;
    private final Aggregations withHits;

    FacetCounts(SearchSession session, SearchPredicates predicates, long timeoutMillis, SearchQuery query) {
        this.session = session;
        this.predicates = predicates;
        this.timeoutMillis = timeoutMillis;
        this.query = query;
        this.withHits = new Aggregations(session.scope(Request.class), predicates,
                List.of(Facet.values()).stream().filter(facet -> query.selected(facet).isEmpty()).toList());
    }

    /** Adds the counts of the facets with no ticked value to the query of the hits (same predicate). */
    void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> hits) {
        withHits.addTo(hits);
    }

    /** Every facet's values with their labels: those counted with the hits, then one query per ticked facet. */
    Map<Facet, List<FacetValue>> count(SearchResult<?> hits, FacetLabels labels) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        counts.putAll(withHits.read(hits));
        for (Facet facet : Facet.values()) {
            if (!query.selected(facet).isEmpty()) {
                Aggregations alone = new Aggregations(session.scope(Request.class), predicates, List.of(facet));
                var step = session.search(Request.class).selectEntityReference()
                        .where(f -> predicates.build(f, facet))
                        .truncateAfter(timeoutMillis, TimeUnit.MILLISECONDS);
                alone.addTo(step);
                counts.putAll(alone.read(step.fetch(0)));
            }
        }
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> facets.put(facet, values(facet, values, query.selected(facet), labels)));
        return facets;
    }

    private static List<FacetValue> values(Facet facet, Map<String, Long> counts, Set<String> selected,
            FacetLabels labels) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count > 0 || selected.contains(key)) {
                values.add(new FacetValue(key, labels.label(facet, key), count, selected.contains(key)));
            }
        });
        selected.stream().filter(key -> !counts.containsKey(key))
                .forEach(key -> values.add(new FacetValue(key, labels.label(facet, key), 0, true)));
        if (facet != Facet.PERIOD) {
            values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        }
        return values;
    }

    /** Aggregations of some facets, built once (Hibernate Search DSL only: any backend) and read from a result. */
    private static final class Aggregations {

        private final SearchPredicates predicates;
        private final Map<Facet, AggregationKey<Map<String, Long>>> termKeys = new EnumMap<>(Facet.class);
        private final Map<Facet, SearchAggregation<Map<String, Long>>> terms = new EnumMap<>(Facet.class);
        private final AggregationKey<Map<Range<Instant>, Long>> periodKey = AggregationKey.of("period");
        private final @Nullable SearchAggregation<Map<Range<Instant>, Long>> period;

        Aggregations(SearchScope<?> scope, SearchPredicates predicates, List<Facet> facets) {
            this.predicates = predicates;
            SearchAggregation<Map<Range<Instant>, Long>> byPeriod = null;
            for (Facet facet : facets) {
                if (facet == Facet.PERIOD) {
                    byPeriod = scope.aggregation().range().field(RequestMapping.SUBMITTED, Instant.class)
                            .ranges(predicates.periods().ranges().values()).toAggregation();
                } else {
                    termKeys.put(facet, AggregationKey.of(facet.name()));
                    terms.put(facet, scope.aggregation().terms()
                            .field(SearchPredicates.field(facet), String.class, ValueModel.INDEX)
                            .maxTermCount(MAX_VALUES).toAggregation());
                }
            }
            this.period = byPeriod;
        }

        void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step) {
            // Each call adds to the same query (the step returns itself).
            terms.forEach((facet, aggregation) -> step.aggregation(termKeys.get(facet), aggregation));
            if (period != null) {
                step.aggregation(periodKey, period);
            }
        }

        Map<Facet, Map<String, Long>> read(SearchResult<?> result) {
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            termKeys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
            if (period != null) {
                Map<String, Long> periods = new LinkedHashMap<>();
                result.aggregation(periodKey).forEach((range, count) ->
                        predicates.periods().keyOf(range).ifPresent(key -> periods.put(key, count)));
                counts.put(Facet.PERIOD, periods);
            }
            return counts;
        }
    }
}
