package fr.guichet.identity;

import fr.guichet.forms.PrefillSource;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen can fill in on their profile, and the prefill source each one feeds (postcode and commune together
 * feed {@link PrefillSource#POSTCODE_COMMUNE}); a field is read-only when its source is certified.
 */
public enum ProfileField {
    FIRST_NAME(PrefillSource.FIRST_NAME),
    LAST_NAME(PrefillSource.LAST_NAME),
    BIRTH_NAME(PrefillSource.BIRTH_NAME),
    BIRTH_DATE(PrefillSource.BIRTH_DATE),
    BIRTH_PLACE(PrefillSource.BIRTH_PLACE),
    ADDRESS(PrefillSource.ADDRESS),
    POSTCODE(PrefillSource.POSTCODE_COMMUNE),
    COMMUNE(PrefillSource.POSTCODE_COMMUNE),
    PHONE(PrefillSource.PHONE),
    PREFERRED_CHANNEL(null);

    private final @Nullable PrefillSource source;

    ProfileField(@Nullable PrefillSource source) {
        this.source = source;
    }

    /** The prefill source this field feeds, or null for the preferred channel (not an answer to forms). */
    public @Nullable PrefillSource source() {
        return source;
    }
}
