package fr.guichet.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.CatalogPublished;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantSchemaListener;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The procedures' titles and the status labels (the standard workflow's and the procedures' own states) that facets
 * and results show, per tenant, cached so that a search does not read the catalog: a publication or a closing on this
 * node forgets the tenant's entry ({@link CatalogPublished}), so does a schema created afresh or dropped, and entries expire after a few minutes so that other
 * nodes follow.
 */
@Component
class CatalogLabels implements TenantSchemaListener {

    private final Catalog catalog;
    private final Cache<String, FacetLabels> byTenant = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    CatalogLabels(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The current tenant's labels; read inside the caller's tenant transaction when not cached. */
    FacetLabels current() {
        return byTenant.get(TenantContext.requiredTenant().schema(), schema -> load());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogPublished event) {
        byTenant.invalidate(event.schema());
    }

    @Override
    public void schemaCreated(String schema) {
        byTenant.invalidate(schema);
    }

    @Override
    public void schemaDropped(String schema) {
        byTenant.invalidate(schema);
    }

    private FacetLabels load() {
        Map<UUID, String> titles = catalog.all().stream()
                .collect(Collectors.toUnmodifiableMap(ProcedureOverview::id, ProcedureOverview::title));
        return new FacetLabels(titles, Map.copyOf(catalog.statusLabels()));
    }
}
