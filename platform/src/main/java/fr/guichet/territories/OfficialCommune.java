package fr.guichet.territories;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A commune from the official INSEE reference list.
 *
 * @param inseeCode      INSEE code (code officiel géographique), e.g. {@code "74010"} or {@code "2A004"}
 * @param name           official name with accents, e.g. {@code "Saint-Étienne"}
 * @param departmentCode department code, e.g. {@code "74"}, {@code "2A"}, {@code "974"}
 * @param siren          SIREN of the commune, or an empty string for the few overseas
 *                       collectivities that have none in the source data
 * @param postalCodes    postal codes serving the commune (may be empty, never null)
 * @param population     legal population (0 when unknown)
 * @param epciSiren      SIREN of the EPCI the commune belongs to, or {@code null} if none
 */
public record OfficialCommune(
        String inseeCode,
        String name,
        String departmentCode,
        String siren,
        List<String> postalCodes,
        int population,
        @Nullable String epciSiren) {

    public OfficialCommune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(siren, "siren");
        postalCodes = List.copyOf(postalCodes);
    }
}
