package fr.guichet.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks every client registration's fields pass before anything is written, with French messages: identifiers
 * without spaces, a secret when there is none yet, and a provider address that is HTTPS (plain HTTP only on this
 * machine's loopback, for the simulator).
 */
public final class ProviderFieldChecks {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    private static final Pattern SECRET = Pattern.compile("\\S{8,500}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private ProviderFieldChecks() {
    }

    /** Adds to {@code problems} what is wrong with the client id given by {@code provider}. */
    public static void clientId(String clientId, String provider, List<String> problems) {
        if (clientId.isEmpty()) {
            problems.add("Saisissez l’identifiant client (client_id) fourni par " + provider + ".");
        } else if (!CLIENT_ID.matcher(clientId).matches()) {
            problems.add("L’identifiant client ne doit contenir que des lettres, des chiffres, « . », « _ », « ~ » "
                    + "ou « - » (200 caractères au plus).");
        }
    }

    /** Adds to {@code problems} what is wrong with the secret; a blank one is fine when one is already stored. */
    public static void secret(String secret, boolean hasSecret, String provider, List<String> problems) {
        if (secret.isEmpty() && !hasSecret) {
            problems.add("Saisissez le secret client (client_secret) fourni par " + provider + ".");
        } else if (!secret.isEmpty() && !SECRET.matcher(secret).matches()) {
            problems.add("Le secret client doit compter de 8 à 500 caractères, sans espace.");
        }
    }

    /** The address without trailing slashes. */
    public static String trimmedUrl(String url) {
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** What is wrong with a provider's address, or null; {@code example} is shown in the messages. */
    public static @Nullable String urlProblem(String url, String example) {
        if (url.isEmpty()) {
            return "Saisissez l’adresse du fournisseur, par exemple " + example + ".";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!uri.isAbsolute() || host == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null || url.length() > 300) {
                return "L’adresse du fournisseur doit être une adresse web complète, sans paramètres, par exemple "
                        + example + ".";
            }
            if (!"https".equals(scheme) && !("http".equals(scheme) && LOOPBACK.contains(host))) {
                return "L’adresse du fournisseur doit commencer par https:// (http:// n’est accepté que pour le "
                        + "simulateur sur cette machine).";
            }
            return null;
        } catch (URISyntaxException e) {
            return "L’adresse du fournisseur n’est pas une adresse web valide.";
        }
    }
}
