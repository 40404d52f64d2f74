package fr.guichet.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What an agent asked: words (anything typed, cleaned by the service), the facet values ticked (values of one facet
 * are alternatives, facets add up), the order and the page (from 0).
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SearchOrder order, int page) {

    public static final int PAGE_SIZE = 20;

    public SearchQuery {
        text = text == null ? "" : text;
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
        page = Math.max(0, page);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchOrder.RELEVANCE, 0);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
