package fr.guichet.search;

/**
 * One value of a facet: its key (for the query), its French label, how many of the agent's visible results have it
 * and whether it is ticked.
 */
public record FacetValue(String key, String label, long count, boolean selected) {
}
