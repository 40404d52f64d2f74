package fr.guichet.territories;

import java.util.Objects;

/**
 * An EPCI (établissement public de coopération intercommunale à fiscalité propre)
 * from the official reference list.
 *
 * @param siren       SIREN of the EPCI, e.g. {@code "200066793"}
 * @param name        official name, e.g. {@code "CA du Grand Annecy"}
 * @param type        legal form: {@code CC}, {@code CA}, {@code CU}, {@code METRO} or {@code MET69}
 * @param population  total population of its member communes
 * @param memberCount number of member communes
 */
public record OfficialEpci(String siren, String name, String type, int population, int memberCount) {

    public OfficialEpci {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
