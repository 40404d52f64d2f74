package fr.guichet.identity;

/**
 * Who a commune's OpenID Connect provider says signed in, its id_token and userinfo already verified.
 *
 * @param emailVerified whether the provider vouches that the address belongs to this person
 */
public record ProviderIdentity(String issuer, String subject, String email, boolean emailVerified) {
}
