package fr.guichet.search;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.util.common.data.Range;

/** The period facet: when requests were submitted, relative to now. Ranges overlap on purpose (last 7 days ⊂ 30). */
final class Periods {

    static final Map<String, String> LABELS = Map.of(
            "7j", "Les 7 derniers jours",
            "30j", "Les 30 derniers jours",
            "12m", "Les 12 derniers mois",
            "avant", "Il y a plus d’un an");

    private final Map<String, Range<Instant>> ranges = new LinkedHashMap<>();

    Periods(Instant now) {
        Instant yearAgo = now.minus(Duration.ofDays(365));
        ranges.put("7j", Range.atLeast(now.minus(Duration.ofDays(7))));
        ranges.put("30j", Range.atLeast(now.minus(Duration.ofDays(30))));
        ranges.put("12m", Range.atLeast(yearAgo));
        ranges.put("avant", Range.lessThan(yearAgo));
    }

    Map<String, Range<Instant>> ranges() {
        return ranges;
    }

    Optional<Range<Instant>> range(String key) {
        return Optional.ofNullable(ranges.get(key));
    }

    /** The key of a range returned by an aggregation. */
    Optional<String> keyOf(Range<Instant> range) {
        return ranges.entrySet().stream().filter(entry -> entry.getValue().equals(range)).map(Map.Entry::getKey)
                .findFirst();
    }
}
