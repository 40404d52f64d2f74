package fr.guichet.identity;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's civil status as FranceConnect certified it, the key outside services (API Particulier) find a person
 * by: birth name, given names, birth date, sex and INSEE codes of the place of birth.
 *
 * @param sex {@code F} or {@code M}
 * @param birthplaceCode the INSEE code of the commune of birth, null when born abroad
 * @param birthCountryCode the INSEE code of the country of birth, {@value #FRANCE} for France
 */
public record CivilStatus(String birthName, List<String> givenNames, LocalDate birthDate, String sex,
        @Nullable String birthplaceCode, String birthCountryCode) {

    public static final String FRANCE = "99100";

    public CivilStatus {
        givenNames = List.copyOf(givenNames);
    }
}
