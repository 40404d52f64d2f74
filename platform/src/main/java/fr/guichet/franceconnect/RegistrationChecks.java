package fr.guichet.franceconnect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An operator's registration checked before anything is written: identifiers without spaces, a secret when there is
 * none yet, and a provider URL that is HTTPS (plain HTTP only on this machine's loopback, for the simulator).
 */
final class RegistrationChecks {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    private static final Pattern SECRET = Pattern.compile("\\S{8,500}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private RegistrationChecks() {
    }

    /** The cleaned change: trimmed, the URL without a trailing slash. */
    static RegistrationChange check(RegistrationChange change, boolean hasSecret) {
        List<String> problems = new ArrayList<>();
        String clientId = change.clientId().strip();
        if (clientId.isEmpty()) {
            problems.add("Saisissez l’identifiant client (client_id) fourni par FranceConnect.");
        } else if (!CLIENT_ID.matcher(clientId).matches()) {
            problems.add("L’identifiant client ne doit contenir que des lettres, des chiffres, « . », « _ », « ~ » "
                    + "ou « - » (200 caractères au plus).");
        }
        String secret = change.clientSecret().strip();
        if (secret.isEmpty() && !hasSecret) {
            problems.add("Saisissez le secret client (client_secret) fourni par FranceConnect.");
        } else if (!secret.isEmpty() && !SECRET.matcher(secret).matches()) {
            problems.add("Le secret client doit compter de 8 à 500 caractères, sans espace.");
        }
        String url = change.providerUrl().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            problems.add(urlProblem);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return new RegistrationChange(clientId, secret, url);
    }

    private static String urlProblem(String url) {
        if (url.isEmpty()) {
            return "Saisissez l’adresse du fournisseur, par exemple "
                    + "https://fcp-low.integ01.dev-franceconnect.fr/api/v2.";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!uri.isAbsolute() || host == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null || url.length() > 300) {
                return "L’adresse du fournisseur doit être une adresse web complète, sans paramètres, par exemple "
                        + "https://fcp-low.integ01.dev-franceconnect.fr/api/v2.";
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
