package fr.guichet.catalog;

/** Legal basis of a processing of personal data (RGPD article 6), as a privacy notice states it. */
public enum LegalBasis {
    PUBLIC_TASK("Mission d’intérêt public ou relevant de l’exercice de l’autorité publique (article 6-1-e du RGPD)"),
    LEGAL_OBLIGATION("Obligation légale (article 6-1-c du RGPD)"),
    CONSENT("Consentement de la personne (article 6-1-a du RGPD)"),
    CONTRACT("Exécution d’un contrat (article 6-1-b du RGPD)"),
    VITAL_INTERESTS("Sauvegarde des intérêts vitaux (article 6-1-d du RGPD)");

    private final String label;

    LegalBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
