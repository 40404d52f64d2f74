package fr.guichet.catalog;

/** Lifecycle of a procedure in the catalog. */
public enum ProcedureStatus {
    DRAFT("Brouillon"),
    PUBLISHED("En ligne"),
    CLOSED("Fermée");

    private final String label;

    ProcedureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
