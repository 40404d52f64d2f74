package fr.guichet.agentproviders;

import fr.guichet.oidc.ProviderFieldChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An identity provider's fields checked before the issuer is asked anything: a kind, a name for the button (other
 * providers), the client's id and secret, the issuer's address (HTTPS) and scopes that include {@code openid} and
 * {@code email}, the address being how an agent is first matched to an account.
 */
final class ProviderChecks {

    static final String PROCONNECT_EXAMPLE = "https://fca.integ01.dev-agentconnect.fr/api/v2";
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_:.\\-/]{1,100}");

    private ProviderChecks() {
    }

    /** The cleaned change: trimmed, the name fixed for ProConnect, the issuer without trailing slash, scopes. */
    static Checked check(ProviderChange change, boolean hasSecret) {
        List<String> problems = new ArrayList<>();
        String provider = change.kind() == ProviderKind.PROCONNECT ? "ProConnect" : "le fournisseur d’identité";
        String name = change.kind() == ProviderKind.PROCONNECT ? ProviderKind.PROCONNECT.fixedName()
                : change.displayName().strip();
        if (name.length() < 2 || name.length() > 60) {
            problems.add("Saisissez le nom du fournisseur tel que les agents le connaissent (2 à 60 caractères), "
                    + "par exemple « Compte de l’agglomération » : le bouton dira « Se connecter avec » ce nom.");
        }
        String issuer = ProviderFieldChecks.trimmedUrl(change.issuer());
        String issuerProblem = ProviderFieldChecks.urlProblem(issuer, change.kind() == ProviderKind.PROCONNECT
                ? PROCONNECT_EXAMPLE : "https://sso.exemple.fr/realms/agents");
        if (issuerProblem != null) {
            problems.add(issuerProblem.replace("l’adresse du fournisseur", "l’adresse de l’émetteur (issuer)")
                    .replace("L’adresse du fournisseur", "L’adresse de l’émetteur (issuer)"));
        }
        String clientId = change.clientId().strip();
        ProviderFieldChecks.clientId(clientId, provider, problems);
        String secret = change.clientSecret().strip();
        ProviderFieldChecks.secret(secret, hasSecret, provider, problems);
        List<String> scopes = scopes(change, problems);
        if (!problems.isEmpty()) {
            throw new InvalidProvider(problems);
        }
        return new Checked(change.kind(), name, issuer, clientId, secret, scopes, change.localPasswordsAllowed());
    }

    record Checked(ProviderKind kind, String displayName, String issuer, String clientId, String secret,
            List<String> scopes, boolean localPasswordsAllowed) {
    }

    private static List<String> scopes(ProviderChange change, List<String> problems) {
        String typed = change.scopes().strip();
        if (typed.isEmpty()) {
            return change.kind().defaultScopes();
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(typed.split("[\\s,]+")));
        List<String> invalid = scopes.stream().filter(scope -> !SCOPE.matcher(scope).matches()).toList();
        if (!invalid.isEmpty() || scopes.size() > 20) {
            problems.add("Les portées (scopes) sont des mots séparés par des espaces, sans accents ni ponctuation "
                    + "autre que « _ », « : », « . », « - » ou « / » (20 au plus).");
        } else if (!scopes.contains("openid") || !scopes.contains("email")) {
            problems.add("Les portées doivent comprendre « openid » et « email » : l’adresse électronique vérifiée "
                    + "permet de retrouver le compte de l’agent à sa première connexion.");
        }
        return List.copyOf(scopes);
    }
}
