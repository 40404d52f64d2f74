package fr.guichet.notifications;

import java.util.List;

/**
 * The notifications the product sends, each with the variables its template may use. A caller gives every variable
 * of the key except {@code commune}, which is the tenant's name.
 */
public enum TemplateKey {
    REQUEST_RECEIVED("Accusé de réception d’une demande", "name", "reference", "procedure", "commune", "link"),
    INFORMATION_REQUESTED("Demande de complément", "name", "reference", "procedure", "commune", "link", "message"),
    DECISION_ACCEPTED("Décision favorable", "name", "reference", "procedure", "commune", "link"),
    DECISION_REFUSED("Décision défavorable", "name", "reference", "procedure", "commune", "link", "reason"),
    STATUS_CHANGED("Changement de statut d’une demande", "name", "reference", "procedure", "commune", "link", "status",
            "message"),
    TOWN_HALL_MESSAGE("Message de la mairie", "name", "reference", "commune", "link", "message"),
    EMAIL_VERIFICATION("Vérification de l’adresse électronique", "name", "commune", "link"),
    TRACKING_LINK("Lien de suivi d’une demande", "name", "reference", "procedure", "commune", "link"),
    ACCOUNT_EXISTS("Inscription avec une adresse déjà enregistrée", "commune", "link"),
    AGENT_INVITATION("Invitation d’un agent au back-office", "name", "commune", "link"),
    /** To the agents of a team, when a request enters a state whose workflow asks to notify the team. */
    TEAM_NOTIFIED("Demande à traiter par une équipe (message aux agents)", "name", "team", "reference", "procedure",
            "status", "commune", "link");

    /** The variable every template may use, filled with the tenant's name. */
    public static final String COMMUNE = "commune";

    private final String label;
    private final List<String> variables;

    TemplateKey(String label, String... variables) {
        this.label = label;
        this.variables = List.of(variables);
    }

    /** What the notification is, in French, for agents. */
    public String label() {
        return label;
    }

    /** The variables its template may use, without braces, in a stable order. */
    public List<String> variables() {
        return variables;
    }
}
