package fr.guichet.tenancy;

/** Lifecycle of a tenant. Only {@link #ACTIVE} tenants are served. */
public enum TenantStatus {
    PROVISIONING("En cours de création"),
    ACTIVE("Active"),
    SUSPENDED("Suspendue"),
    ARCHIVED("Archivée");

    private final String label;

    TenantStatus(String label) {
        this.label = label;
    }

    /** French label for screens. */
    public String label() {
        return label;
    }
}
