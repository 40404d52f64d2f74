package fr.guichet.identity;

/**
 * A suggested answer taken from the signed-in citizen's profile.
 *
 * @param value the answer as the form reads it (text; dates in ISO format, {@code 1990-07-14})
 * @param certified whether an identity provider vouches for it: the citizen cannot change it
 */
public record Prefill(String value, boolean certified) {
}
