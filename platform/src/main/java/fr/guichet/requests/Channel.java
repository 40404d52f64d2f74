package fr.guichet.requests;

/** How a request reached the town hall; the same request and tracking whatever the channel. */
public enum Channel {
    ONLINE("En ligne"),
    COUNTER("Au guichet"),
    PHONE("Par téléphone"),
    POST("Par courrier"),
    EMAIL("Par courriel");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The French label agents and citizens read. */
    public String label() {
        return label;
    }
}
