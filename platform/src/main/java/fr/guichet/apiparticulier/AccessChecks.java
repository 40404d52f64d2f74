package fr.guichet.apiparticulier;

import fr.guichet.forms.checks.CheckResult;
import fr.guichet.forms.checks.FrenchIdentifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An operator's entry checked before anything is written: a token when there is none yet (a JWT-like string without
 * spaces), a SIRET of 14 digits with valid Luhn keys, an environment, and for the simulator an address on this
 * machine.
 */
final class AccessChecks {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{8,3000}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    /** The cleaned entry: the SIRET's digits only and the address the calls go to. */
    record Clean(String token, String siret, ApiParticulierEnvironment environment, String baseUrl) {
    }

    private AccessChecks() {
    }

    static Clean check(AccessChange change, boolean hasToken) {
        List<String> problems = new ArrayList<>();
        String token = change.token().strip();
        if (token.isEmpty() && !hasToken) {
            problems.add("Saisissez le jeton d’accès délivré avec l’habilitation API Particulier.");
        } else if (!token.isEmpty() && !TOKEN.matcher(token).matches()) {
            problems.add("Le jeton d’accès doit compter de 8 à 3 000 caractères, sans espace : copiez-le tel quel "
                    + "depuis l’espace API Particulier.");
        }
        String siret = "";
        CheckResult siretCheck = FrenchIdentifier.SIRET.check(change.siret());
        if (siretCheck instanceof CheckResult.Valid valid) {
            siret = valid.normalised();
        } else if (siretCheck instanceof CheckResult.Invalid invalid) {
            problems.add(invalid.message());
        }
        ApiParticulierEnvironment environment = change.environment();
        String baseUrl = "";
        if (environment == null) {
            problems.add("Choisissez l’environnement d’API Particulier : production, test ou simulateur.");
        } else if (environment.baseUrl() != null) {
            baseUrl = environment.baseUrl();
        } else {
            baseUrl = stripSlashes(change.simulatorUrl().strip());
            String problem = simulatorUrlProblem(baseUrl);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccess(problems);
        }
        return new Clean(token, siret, environment, baseUrl);
    }

    private static String stripSlashes(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static @Nullable String simulatorUrlProblem(String url) {
        if (url.isEmpty()) {
            return "Saisissez l’adresse du simulateur, par exemple http://127.0.0.1:9090.";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !LOOPBACK.contains(uri.getHost())
                    || !("http".equals(scheme) || "https".equals(scheme)) || uri.getRawQuery() != null
                    || uri.getRawUserInfo() != null || url.length() > 300) {
                return "Le simulateur doit tourner sur cette machine : saisissez une adresse comme "
                        + "http://127.0.0.1:9090, sans paramètres.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "L’adresse du simulateur n’est pas une adresse web valide.";
        }
    }
}
