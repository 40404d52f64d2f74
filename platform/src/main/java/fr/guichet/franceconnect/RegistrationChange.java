package fr.guichet.franceconnect;

/**
 * What an operator types in: the client id and secret from FranceConnect's partner space and the provider's URL.
 * A blank secret keeps the stored one (an existing registration only).
 */
public record RegistrationChange(String clientId, String clientSecret, String providerUrl) {
}
