package fr.guichet.search;

/** How results are sorted. */
public enum SearchOrder {
    RELEVANCE,
    NEWEST,
    OLDEST
}
