package fr.guichet.identity;

/** What an agent may do in the back office of its commune. */
public enum AgentRole {
    /** Processes requests. */
    AGENT("Agent"),
    /** Designs the commune's online procedures: catalog, forms, publication ("concepteur de démarches"). */
    DESIGNER("Concepteur de démarches"),
    /** Administers the commune's back office: legal pages, agents, settings. */
    ADMIN("Administrateur de la commune");

    private final String label;

    AgentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
