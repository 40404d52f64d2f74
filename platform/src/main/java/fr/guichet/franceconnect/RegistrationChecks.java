package fr.guichet.franceconnect;

import fr.guichet.oidc.ProviderFieldChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * An operator's registration checked before anything is written ({@link ProviderFieldChecks}): identifiers without
 * spaces, a secret when there is none yet, and a provider URL that is HTTPS (plain HTTP only on this machine's
 * loopback, for the simulator).
 */
final class RegistrationChecks {

    private static final String EXAMPLE = "https://fcp-low.integ01.dev-franceconnect.fr/api/v2";

    private RegistrationChecks() {
    }

    /** The cleaned change: trimmed, the URL without a trailing slash. */
    static RegistrationChange check(RegistrationChange change, boolean hasSecret) {
        List<String> problems = new ArrayList<>();
        String clientId = change.clientId().strip();
        ProviderFieldChecks.clientId(clientId, "FranceConnect", problems);
        String secret = change.clientSecret().strip();
        ProviderFieldChecks.secret(secret, hasSecret, "FranceConnect", problems);
        String url = ProviderFieldChecks.trimmedUrl(change.providerUrl());
        String urlProblem = ProviderFieldChecks.urlProblem(url, EXAMPLE);
        if (urlProblem != null) {
            problems.add(urlProblem);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return new RegistrationChange(clientId, secret, url);
    }
}
