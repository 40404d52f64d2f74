package fr.guichet.agentproviders;

/**
 * What an administrator types in: the kind, the name the button shows (ignored for ProConnect), the issuer whose
 * discovery document gives the endpoints, the client's id and secret (blank keeps the stored secret), the scopes
 * separated by spaces (blank: the kind's defaults) and whether agents may still sign in with a local password.
 */
public record ProviderChange(ProviderKind kind, String displayName, String issuer, String clientId,
        String clientSecret, String scopes, boolean localPasswordsAllowed) {
}
