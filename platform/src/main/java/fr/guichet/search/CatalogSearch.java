package fr.guichet.search;

import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Citizens' keyword search of the current tenant's portal catalog through the index ({@link CatalogMapping}): the
 * same French analysis as requests (« carte identite » finds « Carte nationale d’identité », « poubelles » the street
 * report whose form offers « poubelle »), every word required, best matches first (title before summary before the
 * form's questions). Only published procedures; without keywords, the catalog's own alphabetical list.
 */
@Service
public class CatalogSearch {

    /** More procedures than any commune publishes: the catalog is never paged. */
    private static final int MAX_RESULTS = 500;

    private final Catalog catalog;
    private final SearchProperties properties;
    private final SearchMapping mapping;
    @PersistenceContext
    private EntityManager entityManager;

    CatalogSearch(Catalog catalog, SearchProperties properties, SearchMapping mapping) {
        this.catalog = catalog;
        this.properties = properties;
        this.mapping = mapping;
    }

    /** Published procedures, optionally of one category and matching keywords (by relevance when given). */
    @TenantTransactional(readOnly = true)
    public List<ProcedureSummary> published(@Nullable Category category, @Nullable String keywords) {
        QueryText text = QueryText.of(keywords, properties.maxQueryLength(),
                properties.maxQueryTerms());
        List<ProcedureSummary> listed = catalog.published(category);
        if (text.isEmpty()) {
            return listed;
        }
        List<UUID> found = find(category, text);
        if (found.isEmpty() && !listed.isEmpty() && !indexed()) {
            // A tenant whose catalog was never indexed (created before the catalog had an index, or an index
            // directory lost): index its procedures now, a few dozen documents, and search again.
            indexCatalog(mapping, TenantContext.requiredTenant().schema());
            found = find(category, text);
        }
        // The index orders, the catalog says what is online now (an index a moment behind never shows a closed one).
        Map<UUID, ProcedureSummary> online = listed.stream()
                .collect(Collectors.toMap(ProcedureSummary::id, Function.identity()));
        return found.stream().map(online::get).filter(Objects::nonNull).toList();
    }

    private List<UUID> find(@Nullable Category category, QueryText text) {
        return Search.session(entityManager).search(Procedure.class).select(f -> f.id(UUID.class))
                .where(f -> {
                    var bool = f.bool().must(f.simpleQueryString()
                            .field(CatalogMapping.TITLE).boost(3f).field(CatalogMapping.SUMMARY).boost(1.5f)
                            .field(CatalogMapping.DETAILS).field(CatalogMapping.FORM).boost(0.5f)
                            .matching(text.words()).defaultOperator(BooleanOperator.AND)
                            .flags(SearchPredicates.FLAGS))
                            .filter(f.match().field(CatalogMapping.ONLINE).matching(true));
                    if (category != null) {
                        bool.filter(f.match().field(CatalogMapping.CATEGORY).matching(category.name()));
                    }
                    return bool;
                })
                .fetchHits(MAX_RESULTS);
    }

    private boolean indexed() {
        return Search.session(entityManager).search(Procedure.class).where(f -> f.matchAll()).fetchTotalHitCount() > 0;
    }

    /** Rebuilds the catalog documents of one tenant (purged first), waiting: a few dozen procedures. */
    static void indexCatalog(SearchMapping mapping, String schema) {
        try {
            mapping.scope(Procedure.class).massIndexer(schema).purgeAllOnStart(true).mergeSegmentsOnFinish(false)
                    .threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing the catalog of " + schema, e);
        }
    }
}
