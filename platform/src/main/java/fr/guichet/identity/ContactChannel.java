package fr.guichet.identity;

/** How a citizen prefers to hear from the town hall. */
public enum ContactChannel {
    EMAIL("Par courriel"),
    SMS("Par SMS"),
    POST("Par courrier postal");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
