package fr.guichet.apiparticulier;

import org.jspecify.annotations.Nullable;

/** Where a tenant's calls go: API Particulier's production, its test environment, or the simulator. */
public enum ApiParticulierEnvironment {
    PRODUCTION("https://particulier.api.gouv.fr"),
    STAGING("https://staging.particulier.api.gouv.fr"),
    /** The development simulator (module franceconnect-simulator), at an address on this machine. */
    SIMULATOR(null);

    private final @Nullable String baseUrl;

    ApiParticulierEnvironment(@Nullable String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The fixed address of an official environment; null for the simulator, whose address is given. */
    public @Nullable String baseUrl() {
        return baseUrl;
    }
}
