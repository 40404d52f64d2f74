package fr.guichet.search;

import fr.guichet.requests.Request;
import fr.guichet.tenancy.TenantTransactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import fr.guichet.teams.AgentScope;
import fr.guichet.teams.VisibleProcedures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Agents' full-text search of the current tenant's requests: words anywhere in a request, highlighted extracts,
 * facets with counts, relevance or date order, pages. Results and counts only ever cover the procedures the agent
 * may see ({@link AgentScope}, the inbox's rule: administrators all, agents their teams' procedures, nothing without a
 * team). Odd input never fails: see {@link QueryText} and {@link SearchPredicates}.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
public class RequestSearch {

    /** Pages offered at most: 1,000 results (deeper paging costs and nobody reads it; refine the query instead). */
    public static final int MAX_PAGES = 50;
    private static final Map<String, String> SOURCES = Map.of(
            RequestMapping.ANSWERS, "Réponses",
            RequestMapping.MESSAGES, "Échanges avec l’usager",
            RequestMapping.NOTES, "Note interne",
            RequestMapping.EMAIL, "Courriel");

    private final SearchProperties properties;
    private final AgentScope agents;
    private final CatalogLabels catalogLabels;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    RequestSearch(SearchProperties properties, AgentScope agents, CatalogLabels catalogLabels, Clock clock) {
        this.properties = properties;
        this.agents = agents;
        this.catalogLabels = catalogLabels;
        this.clock = clock;
    }

    /** The current tenant's requests matching the query, within the procedures the signed-in agent may see. */
    @TenantTransactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        VisibleProcedures visible = agents.ofCurrentAgent();
        return search(query, visible.all() ? ProcedureScope.ALL : ProcedureScope.only(visible.procedures()));
    }

    @TenantTransactional(readOnly = true)
    SearchResults search(SearchQuery query, ProcedureScope scope) {
        QueryText text = QueryText.of(query.text(), properties.maxQueryLength(), properties.maxQueryTerms());
        if (scope.isEmpty()) {
            return new SearchResults(List.of(), 0, 0, Map.of(), null, text.notice());
        }
        SearchSession session = Search.session(entityManager);
        SearchPredicates predicates = new SearchPredicates(text, scope, query.filters(), new Periods(clock.instant()));
        UUID direct = text.reference().flatMap(reference -> find(session, predicates, reference)).orElse(null);
        int page = Math.min(query.page(), MAX_PAGES - 1);
        FacetLabels labels = catalogLabels.current();
        FacetCounts facets = new FacetCounts(session, predicates, properties.timeoutMillis(), query);
        var hits = session.search(Request.class)
                .select(f -> f.composite().from(
                        f.id(UUID.class), f.field(RequestMapping.REFERENCE, String.class),
                        f.field(RequestMapping.PROCEDURE_TITLE, String.class),
                        f.field(RequestMapping.STATUS, String.class),
                        f.field(RequestMapping.CHANNEL, String.class, ValueModel.INDEX),
                        f.field(RequestMapping.SUBMITTED, Instant.class),
                        f.field(RequestMapping.CITIZEN, String.class), f.field(RequestMapping.ASSIGNEE, String.class),
                        f.highlight(RequestMapping.ANSWERS), f.highlight(RequestMapping.MESSAGES),
                        f.highlight(RequestMapping.NOTES), f.highlight(RequestMapping.EMAIL))
                        .asList(values -> hit(values, labels)))
                .where(f -> predicates.build(f, null))
                .sort(f -> switch (text.isEmpty() && query.order() == SearchOrder.RELEVANCE ? SearchOrder.NEWEST
                        : query.order()) {
                    case RELEVANCE -> f.score().then().field(RequestMapping.SUBMITTED).desc();
                    case NEWEST -> f.field(RequestMapping.SUBMITTED).desc();
                    case OLDEST -> f.field(RequestMapping.SUBMITTED).asc();
                })
                .highlighter(h -> h.plain().tag(Highlights.START, Highlights.END).encoder(HighlighterEncoder.DEFAULT)
                        .fragmentSize(160).numberOfFragments(2).noMatchSize(0))
                .truncateAfter(properties.timeoutMillis(), TimeUnit.MILLISECONDS);
        facets.addTo(hits);
        SearchResult<SearchHit> result = hits.fetch(page * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
        long total = result.total().hitCountLowerBound();
        var counts = facets.count(result, labels);
        String notice = result.timedOut() ? "La recherche a pris trop de temps : les résultats affichés sont "
                + "incomplets. Précisez-la avec d’autres mots ou des filtres." : text.notice();
        return new SearchResults(result.hits(), total, page, counts, direct, notice);
    }

    private Optional<UUID> find(SearchSession session, SearchPredicates visible, String reference) {
        return session.search(Request.class).select(f -> f.id(UUID.class))
                .where(f -> f.bool().must(f.match().field(RequestMapping.REFERENCE).matching(reference))
                                .filter(visible.visibleOnly(f)))
                .fetchSingleHit();
    }

    private static SearchHit hit(List<?> values, FacetLabels labels) {
        String status = (String) values.get(3);
        String channel = (String) values.get(4);
        List<Extract> extracts = new ArrayList<>();
        String[] sources = {RequestMapping.ANSWERS, RequestMapping.MESSAGES, RequestMapping.NOTES,
                RequestMapping.EMAIL};
        for (int i = 0; i < sources.length; i++) {
            for (Object fragment : (List<?>) values.get(8 + i)) {
                extracts.add(new Extract(SOURCES.get(sources[i]), Highlights.safeHtml((String) fragment)));
            }
        }
        String assignee = (String) values.get(7);
        return new SearchHit((UUID) values.get(0), (String) values.get(1), (String) values.get(2),
                labels.status(status), FacetLabels.channel(channel), (Instant) values.get(5), (String) values.get(6),
                RequestMapping.UNASSIGNED.equals(assignee) ? null : assignee, extracts);
    }
}
