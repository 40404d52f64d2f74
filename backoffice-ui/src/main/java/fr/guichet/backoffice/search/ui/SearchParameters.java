package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.guichet.search.Facet;
import fr.guichet.search.SearchOrder;
import fr.guichet.search.SearchQuery;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as the results page's address holds it ({@code ?q=lampadaire&statut=recue&tri=recent&page=2}), so that
 * a search can be bookmarked, shared with a colleague and gone back to. Whatever the address holds reads as a valid
 * query: unknown order or page fall back to the defaults, facet values are passed on (an unknown one finds nothing).
 */
record SearchParameters(SearchQuery query) {

    private static final Map<String, SearchOrder> ORDERS = Map.of("pertinence", SearchOrder.RELEVANCE,
            "recent", SearchOrder.NEWEST, "ancien", SearchOrder.OLDEST);

    static SearchParameters of(String text) {
        return new SearchParameters(SearchQuery.of(text));
    }

    static SearchParameters read(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String text = first(values, "q", "");
        SearchOrder order = ORDERS.getOrDefault(first(values, "tri", ""), SearchOrder.RELEVANCE);
        int page;
        try {
            page = Math.max(0, Integer.parseInt(first(values, "page", "1")) - 1);
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> ticked = values.getOrDefault(facet.parameter(), List.of());
            if (!ticked.isEmpty()) {
                filters.put(facet, new HashSet<>(ticked.subList(0, Math.min(ticked.size(), 50))));
            }
        }
        return new SearchParameters(new SearchQuery(text, filters, order, page));
    }

    QueryParameters toQuery() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!query.text().isBlank()) {
            values.put("q", List.of(query.text()));
        }
        query.filters().forEach((facet, ticked) -> values.put(facet.parameter(), ticked.stream().sorted().toList()));
        if (query.order() != SearchOrder.RELEVANCE) {
            values.put("tri", List.of(ORDERS.entrySet().stream().filter(e -> e.getValue() == query.order())
                    .map(Map.Entry::getKey).findFirst().orElseThrow()));
        }
        if (query.page() > 0) {
            values.put("page", List.of(Integer.toString(query.page() + 1)));
        }
        return new QueryParameters(values);
    }

    SearchParameters withFilter(Facet facet, Set<String> ticked) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(query.filters());
        filters.put(facet, ticked);
        return new SearchParameters(new SearchQuery(query.text(), filters, query.order(), 0));
    }

    SearchParameters withOrder(SearchOrder order) {
        return new SearchParameters(new SearchQuery(query.text(), query.filters(), order, 0));
    }

    SearchParameters withText(String text) {
        return new SearchParameters(new SearchQuery(text, query.filters(), query.order(), 0));
    }

    SearchParameters atPage(int page) {
        return new SearchParameters(new SearchQuery(query.text(), query.filters(), query.order(), page));
    }

    private static String first(Map<String, List<String>> values, String name, String fallback) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? fallback : list.getFirst();
    }
}
