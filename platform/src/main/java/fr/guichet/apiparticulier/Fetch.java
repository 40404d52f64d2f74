package fr.guichet.apiparticulier;

/** What asking API Particulier gave the citizen: the value, or a French explanation and the document path. */
public sealed interface Fetch {

    record Received(CertifiedValue value) implements Fetch {
    }

    /**
     * @param outcome how the call ended; null when no call was made (no consent, identity not certified, no access)
     * @param message what to tell the citizen, in French: the form then asks for the document
     */
    record NotReceived(@org.jspecify.annotations.Nullable Outcome outcome, String message) implements Fetch {
    }
}
