package fr.guichet.demo;

import java.util.List;

/**
 * The demo communes' FranceConnect clients, registered with the simulator that the demo profile starts beside the
 * app: demo-only identifiers and secrets, derived from each commune's slug.
 */
public final class DemoFranceConnect {

    /** The demo communes that offer FranceConnect. */
    public static final List<String> COMMUNES = List.of("annecy", "argonay", "epagny-metz-tessy");

    /** The token the simulator's API Particulier accepts by default (demo only). */
    public static final String API_PARTICULIER_TOKEN = "jeton-simulateur-api-particulier";
    /** A fictitious SIRET (valid keys) sent as recipient by the demo communes. */
    public static final String API_PARTICULIER_SIRET = "21740010010003";

    private DemoFranceConnect() {
    }

    public static String clientId(String slug) {
        return "guichet-demo-" + slug;
    }

    public static String secret(String slug) {
        return "secret-de-demonstration-" + slug;
    }
}
