package fr.guichet.identity;

/**
 * Where a citizen's identity comes from. A password account's profile is declared by the citizen; FranceConnect
 * (a later issue) will vouch for some attributes, which then become certified and read-only.
 */
public enum IdentitySource {
    PASSWORD,
    FRANCECONNECT
}
