package fr.guichet.agentproviders;

import java.util.List;

/** Which kind of identity provider a tenant's agents sign in with. */
public enum ProviderKind {
    /** ProConnect, the State's identity federation for public agents; its button says « ProConnect ». */
    PROCONNECT("ProConnect", List.of("openid", "email", "given_name", "usual_name", "siret", "uid")),
    /** The collectivity's own OpenID Connect provider (Keycloak, Entra ID, …), shown under its display name. */
    OIDC("", List.of("openid", "email", "profile"));

    private final String fixedName;
    private final List<String> defaultScopes;

    ProviderKind(String fixedName, List<String> defaultScopes) {
        this.fixedName = fixedName;
        this.defaultScopes = defaultScopes;
    }

    /** The name the button shows whatever is typed, or empty when the operator names the provider. */
    public String fixedName() {
        return fixedName;
    }

    public List<String> defaultScopes() {
        return defaultScopes;
    }
}
