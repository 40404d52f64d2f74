/**
 * Full-text search of requests for agents (Hibernate Search, Lucene embedded by default): the index mapping and its
 * French analysis, queries with highlights and facets filtered by what the agent may see, per-tenant reindexing and
 * purges; and citizens' keyword search of the portal's catalog through the same analysis (docs/search.md,
 * decision 016).
 */
@NullMarked
package fr.guichet.search;

import org.jspecify.annotations.NullMarked;
