package fr.guichet.tenancy;

/** What kind of local authority a tenant is. */
public enum TenantKind {
    COMMUNE("Commune"),
    EPCI("Intercommunalité");

    private final String label;

    TenantKind(String label) {
        this.label = label;
    }

    /** French label for screens. */
    public String label() {
        return label;
    }
}
