package fr.guichet.territories;

import java.util.List;
import java.util.Map;

/**
 * Immutable, fully indexed snapshot of the reference data, built once by {@link TerritoryLoader}.
 *
 * @param communesByInsee communes keyed by upper-case INSEE code (unmodifiable)
 * @param epcisBySiren    EPCI keyed by SIREN (unmodifiable)
 * @param membersByEpci   member communes of each EPCI, sorted by name (unmodifiable)
 * @param communeIndex    search index over communes (name, INSEE code, postcodes)
 * @param epciIndex       search index over EPCI (name, SIREN)
 */
record TerritoryData(
        Map<String, OfficialCommune> communesByInsee,
        Map<String, OfficialEpci> epcisBySiren,
        Map<String, List<OfficialCommune>> membersByEpci,
        NameIndex<OfficialCommune> communeIndex,
        NameIndex<OfficialEpci> epciIndex) {
}
