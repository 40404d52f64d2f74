package fr.guichet.tenancy;

/** The steps of provisioning a tenant, in order, with the French wording shown while it runs. */
public enum ProvisioningStep {
    REGISTERED("Collectivité enregistrée"),
    SCHEMA_CREATED("Espace de données créé"),
    SCHEMA_MIGRATED("Structure des données installée"),
    ACTIVATED("Portail en ligne");

    private final String label;

    ProvisioningStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
