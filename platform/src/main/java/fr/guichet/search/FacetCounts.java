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
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;

/**
 * The counts of every facet's values within the agent's visible requests. A facet with ticked values is counted
 * without its own filter (its other values stay offered, as alternatives), so a query with facets ticked costs one
 * more count query per such facet; other facets are counted together in one query that fetches no hits.
 */
final class FacetCounts {

    private static final int MAX_VALUES = 100;

    private final SearchSession session;
    private final SearchPredicates predicates;
    private final long timeoutMillis;

    FacetCounts(SearchSession session, SearchPredicates predicates, long timeoutMillis) {
        this.session = session;
        this.predicates = predicates;
        this.timeoutMillis = timeoutMillis;
    }

    Map<Facet, List<FacetValue>> count(SearchQuery query, FacetLabels labels) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        List<Facet> together = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (query.selected(facet).isEmpty()) {
                together.add(facet);
            } else {
                counts.putAll(countWithout(facet, List.of(facet)));
            }
        }
        if (!together.isEmpty()) {
            counts.putAll(countWithout(null, together));
        }
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> facets.put(facet, values(facet, values, query.selected(facet), labels)));
        return facets;
    }

    private Map<Facet, Map<String, Long>> countWithout(@Nullable Facet except, List<Facet> facets) {
        Map<Facet, AggregationKey<Map<String, Long>>> termKeys = new EnumMap<>(Facet.class);
        AggregationKey<Map<Range<Instant>, Long>> periodKey = AggregationKey.of("period");
        var step = session.search(Request.class).selectEntityReference()
                .where(f -> predicates.build(f, except));
        for (Facet facet : facets) {
            if (facet == Facet.PERIOD) {
                step = step.aggregation(periodKey, f -> f.range().field(RequestMapping.SUBMITTED, Instant.class)
                        .ranges(predicates.periods().ranges().values()));
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
                termKeys.put(facet, key);
                step = step.aggregation(key, f -> f.terms()
                        .field(SearchPredicates.field(facet), String.class, ValueModel.INDEX)
                        .maxTermCount(MAX_VALUES));
            }
        }
        SearchResult<?> result = step.truncateAfter(timeoutMillis, TimeUnit.MILLISECONDS).fetch(0);
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        termKeys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        if (facets.contains(Facet.PERIOD)) {
            Map<String, Long> periods = new LinkedHashMap<>();
            result.aggregation(periodKey).forEach((range, count) ->
                    predicates.periods().keyOf(range).ifPresent(key -> periods.put(key, count)));
            counts.put(Facet.PERIOD, periods);
        }
        return counts;
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
}
