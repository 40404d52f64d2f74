package fr.guichet.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page of results with the facets' counts (all within what the agent may see).
 *
 * @param direct the request whose reference was typed, to open straight away
 * @param notice a French message about the query itself (shortened, nothing to look for…), if any
 */
public record SearchResults(List<SearchHit> hits, long total, int page, Map<Facet, List<FacetValue>> facets,
        @Nullable UUID direct, @Nullable String notice) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public Optional<UUID> directRequest() {
        return Optional.ofNullable(direct);
    }

    public Optional<String> noticeText() {
        return Optional.ofNullable(notice);
    }

    public int pageCount() {
        return (int) Math.min(RequestSearch.MAX_PAGES, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }
}
