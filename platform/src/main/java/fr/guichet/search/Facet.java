package fr.guichet.search;

/** What search results can be narrowed by; the values of each come with their counts. */
public enum Facet {
    PROCEDURE("procedure"),
    STATUS("statut"),
    CHANNEL("canal"),
    ASSIGNEE("agent"),
    PERIOD("periode");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    /** The name of the facet in a results page's address ({@code ?statut=recue}). */
    public String parameter() {
        return parameter;
    }
}
