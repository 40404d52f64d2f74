package fr.guichet.catalog;

/** Where a procedure's template came from. */
public enum TemplateSource {
    /** The platform's library ({@link TemplateLibrary}): no versions, nothing is offered later. */
    PLATFORM,
    /** A template shared by the commune's EPCI: later versions are offered to the commune's designers. */
    EPCI
}
