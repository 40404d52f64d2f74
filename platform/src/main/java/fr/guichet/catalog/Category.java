package fr.guichet.catalog;

/** Categories of the portal's catalog, as citizens look for them. */
public enum Category {
    ETAT_CIVIL("État civil"),
    VOIRIE_PROPRETE("Voirie et propreté"),
    ENFANCE_ECOLE("Enfance et école"),
    URBANISME("Urbanisme"),
    ASSOCIATIONS("Associations"),
    SOCIAL("Social et solidarité"),
    ELECTIONS("Élections"),
    VIE_PRATIQUE("Vie pratique");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
