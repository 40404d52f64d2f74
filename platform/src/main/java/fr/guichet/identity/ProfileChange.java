package fr.guichet.identity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's profile as they typed it, checked by the server before it is stored ({@link CitizenProfiles#update}).
 * Blank texts mean "not given"; {@code birthDate} is an ISO date ({@code 1990-07-14}) or whatever could not be read
 * as one, which is refused with a French message.
 */
public record ProfileChange(@Nullable String firstName, @Nullable String lastName, @Nullable String birthName,
        @Nullable String birthDate, @Nullable String birthPlace, @Nullable String address, @Nullable String postcode,
        @Nullable String commune, @Nullable String phone, ContactChannel preferredChannel) {

    /** The current profile, as the starting point of a change. */
    public static ProfileChange of(CitizenProfile profile) {
        return new ProfileChange(profile.firstName(), profile.lastName(), profile.birthName(),
                profile.birthDate() == null ? null : Objects.requireNonNull(profile.birthDate()).toString(),
                profile.birthPlace(), profile.address(), profile.postcode(), profile.commune(), profile.phone(),
                profile.preferredChannel());
    }

    /** What was typed for a text field (the preferred channel's name for {@link ProfileField#PREFERRED_CHANNEL}). */
    public @Nullable String text(ProfileField field) {
        return switch (field) {
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case BIRTH_NAME -> birthName;
            case BIRTH_DATE -> birthDate;
            case BIRTH_PLACE -> birthPlace;
            case ADDRESS -> address;
            case POSTCODE -> postcode;
            case COMMUNE -> commune;
            case PHONE -> phone;
            case PREFERRED_CHANNEL -> preferredChannel.name();
        };
    }
}
