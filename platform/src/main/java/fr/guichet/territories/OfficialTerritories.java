package fr.guichet.territories;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Official reference list of French communes and EPCI (Etalab {@code decoupage-administratif},
 * INSEE sources), bundled as CSV resources under {@code territories/}.
 *
 * <p>The data is loaded once, lazily on first use, and is immutable afterwards; all methods
 * are thread-safe. Searches are insensitive to accents, case, hyphens and apostrophes.
 */
@Component
public class OfficialTerritories {

    private static final Logger log = LoggerFactory.getLogger(OfficialTerritories.class);

    private final Object lock = new Object();
    private volatile @Nullable TerritoryData data;

    /** Creates the service; nothing is read until the first lookup. */
    public OfficialTerritories() {
    }

    /** The commune with this INSEE code (e.g. {@code "74010"}, {@code "2A004"}; case-insensitive). */
    public Optional<OfficialCommune> commune(String inseeCode) {
        return Optional.ofNullable(data().communesByInsee().get(inseeCode.strip().toUpperCase(Locale.ROOT)));
    }

    /** The EPCI with this SIREN. */
    public Optional<OfficialEpci> epci(String siren) {
        return Optional.ofNullable(data().epcisBySiren().get(siren.strip()));
    }

    /** Member communes of the EPCI with this SIREN, sorted by name; empty if unknown. */
    public List<OfficialCommune> membersOf(String epciSiren) {
        return data().membersByEpci().getOrDefault(epciSiren.strip(), List.of());
    }

    /**
     * Communes matching {@code query}, best first, at most {@code limit}.
     *
     * <p>A textual query matches names (exact, prefix, or every query word starting a word of
     * the name: {@code "saint etienne"}, {@code "rouvray"}); a code query ({@code "74"},
     * {@code "74000"}, {@code "2A0"}) matches INSEE code or postcode prefixes. Exact matches
     * come first, then prefix matches, then the others, each group by population descending.
     */
    public List<OfficialCommune> searchCommunes(String query, int limit) {
        return data().communeIndex().search(query, limit);
    }

    /** EPCI whose name (or SIREN, for a digit query) matches {@code query}, best first, at most {@code limit}. */
    public List<OfficialEpci> searchEpcis(String query, int limit) {
        return data().epciIndex().search(query, limit);
    }

    /** Number of communes in the reference list. */
    public int communeCount() {
        return data().communesByInsee().size();
    }

    private TerritoryData data() {
        TerritoryData loaded = data;
        if (loaded == null) {
            synchronized (lock) {
                loaded = data;
                if (loaded == null) {
                    long start = System.nanoTime();
                    loaded = TerritoryLoader.load();
                    data = loaded;
                    log.info("Loaded {} communes and {} EPCI in {} ms", loaded.communesByInsee().size(),
                            loaded.epcisBySiren().size(), (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return loaded;
    }
}
