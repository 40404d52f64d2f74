package fr.guichet.notifications;

/** How a notification reaches the citizen. */
public enum Channel {
    EMAIL("Courriel"),
    SMS("SMS"),
    /** The citizen's notifications inside the portal; written at once, never through the outbox. */
    PORTAL("Portail");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The channel's name in French, for agents. */
    public String label() {
        return label;
    }
}
