package fr.guichet.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person as an identity provider (FranceConnect) vouches for them, already verified: the provider's subject for
 * this commune, the identity it certifies, and the contact address it knows (not certified: FranceConnect says the
 * e-mail is declared, not checked against civil records).
 *
 * @param usageName the name in use when it differs from the birth name (FranceConnect's
 *                  {@code preferred_username}), else null
 * @param birthPlace the commune of birth's name when known (born in France), else null
 * @param sex {@code F} or {@code M} as the civil registry records it (FranceConnect's {@code gender}), else null
 * @param birthplaceCode the INSEE code of the commune of birth (born in France), else null
 * @param birthCountryCode the INSEE code of the country of birth ({@code 99100} for France), else null
 */
public record CertifiedIdentity(String subject, String givenName, String birthName, @Nullable String usageName,
        LocalDate birthDate, @Nullable String birthPlace, String email, @Nullable String sex,
        @Nullable String birthplaceCode, @Nullable String birthCountryCode) {

    /** The name to use: the usage name when there is one. */
    public String lastName() {
        return usageName == null || usageName.isBlank() ? birthName : usageName;
    }
}
