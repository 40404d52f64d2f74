package fr.guichet.catalog;

/** Where one version of a procedure stands. */
public enum VersionState {
    /** Being edited by a designer; never shown to citizens. */
    DRAFT,
    /** The version citizens fill in today. */
    PUBLISHED,
    /** Was published; requests filled with it keep showing it. */
    SUPERSEDED
}
