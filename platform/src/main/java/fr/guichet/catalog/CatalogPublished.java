package fr.guichet.catalog;

/**
 * What citizens and agents see of a tenant's catalog changed: a version was published or a procedure closed. Caches
 * of titles and status labels (search's facets) forget the tenant on it.
 *
 * @param schema the tenant's schema
 */
public record CatalogPublished(String schema) {
}
