package fr.guichet.territories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class OfficialTerritoriesTest {

    // Loaded once for the whole class: the data is immutable.
    private static final OfficialTerritories TERRITORIES = new OfficialTerritories();

    @Test
    void loadsTheWholeOfficialListOfCommunes() {
        assertThat(TERRITORIES.communeCount()).isGreaterThan(34_000);
    }

    @Test
    void findsCommuneByInseeCodeWithAllItsFields() {
        OfficialCommune annecy = TERRITORIES.commune("74010").orElseThrow();

        assertThat(annecy.name()).isEqualTo("Annecy");
        assertThat(annecy.departmentCode()).isEqualTo("74");
        assertThat(annecy.siren()).isEqualTo("200063402");
        assertThat(annecy.postalCodes()).containsExactly("74000", "74370", "74600", "74940", "74960");
        assertThat(annecy.population()).isGreaterThan(100_000);
        assertThat(annecy.epciSiren()).isEqualTo("200066793");
    }

    @Test
    void communeBelongsToAnEpciWhoseMembersIncludeIt() {
        OfficialCommune annecy = TERRITORIES.commune("74010").orElseThrow();
        OfficialEpci epci = TERRITORIES.epci(annecy.epciSiren()).orElseThrow();

        assertThat(epci.name()).isEqualTo("CA du Grand Annecy");
        assertThat(epci.type()).isEqualTo("CA");
        List<OfficialCommune> members = TERRITORIES.membersOf(epci.siren());
        assertThat(members).contains(annecy).hasSize(epci.memberCount());
        assertThat(members).allSatisfy(c -> assertThat(c.epciSiren()).isEqualTo(epci.siren()));
    }

    @Test
    void epciMembersAreSortedByNameIgnoringAccents() {
        List<String> names = TERRITORIES.membersOf("200066793").stream().map(OfficialCommune::name).toList();

        assertThat(names).first().isEqualTo("Alby-sur-Chéran");
        assertThat(names).isSortedAccordingTo(
                (a, b) -> TextNormalizer.searchKey(a).compareTo(TextNormalizer.searchKey(b)));
    }

    @Test
    void findsCorsicanCommuneByAlphanumericInseeCodeInAnyCase() {
        OfficialCommune ajaccio = TERRITORIES.commune("2A004").orElseThrow();

        assertThat(ajaccio.name()).isEqualTo("Ajaccio");
        assertThat(ajaccio.departmentCode()).isEqualTo("2A");
        assertThat(TERRITORIES.commune("2a004")).contains(ajaccio);
    }

    @Test
    void unknownCodesReturnEmpty() {
        assertThat(TERRITORIES.commune("99999")).isEmpty();
        assertThat(TERRITORIES.commune("")).isEmpty();
        assertThat(TERRITORIES.epci("000000000")).isEmpty();
        assertThat(TERRITORIES.membersOf("000000000")).isEmpty();
    }

    @Test
    void parsesQuotedEpciNamesContainingCommasAndDoubledQuotes() {
        assertThat(TERRITORIES.epci("200036473").orElseThrow().name())
                .isEqualTo("CA \"Saintes - Grandes Rives - L'Agglo\"");
        assertThat(TERRITORIES.epci("200039758").orElseThrow().name()).isEqualTo("CC Avallon, Vézelay, Morvan");
    }

    @Test
    void overseasCollectivityWithoutSirenOrEpciHasEmptySirenAndNullEpci() {
        OfficialCommune miquelon = TERRITORIES.commune("97501").orElseThrow();

        assertThat(miquelon.siren()).isEmpty();
        assertThat(miquelon.epciSiren()).isNull();
        assertThat(miquelon.postalCodes()).containsExactly("97500");
    }

    @Test
    void searchIgnoresAccentsCaseAndHyphensAndRanksExactNameFirst() {
        List<OfficialCommune> results = TERRITORIES.searchCommunes("saint etienne", 10);

        assertThat(results).hasSize(10);
        assertThat(results.getFirst().inseeCode()).isEqualTo("42218");
        assertThat(results.get(1).name()).startsWith("Saint-Étienne-");
        assertThat(TERRITORIES.searchCommunes("SAINT-ÉTIENNE", 1).getFirst().inseeCode()).isEqualTo("42218");
    }

    @Test
    void prefixMatchesFollowTheExactMatchByPopulationDescending() {
        List<OfficialCommune> results = TERRITORIES.searchCommunes("Saint-Étienne-", 20);
        List<OfficialCommune> prefixMatches = results.subList(1, results.size());

        assertThat(results).hasSize(20);
        assertThat(results.getFirst().inseeCode()).isEqualTo("42218");
        assertThat(prefixMatches).allSatisfy(c -> assertThat(c.name()).startsWith("Saint-Étienne-"));
        assertThat(prefixMatches).extracting(OfficialCommune::population).isSortedAccordingTo((a, b) -> b - a);
        assertThat(prefixMatches.getFirst().inseeCode()).isEqualTo("76575"); // Saint-Étienne-du-Rouvray
    }

    @Test
    void nameStartMatchesComeBeforeWordMatches() {
        List<OfficialCommune> results = TERRITORIES.searchCommunes("rouvray", 10);

        assertThat(results).extracting(OfficialCommune::name)
                .startsWith("Rouvray", "Rouvray", "Rouvray", "Rouvray-Catillon", "Rouvray-Sainte-Croix")
                .contains("Saint-Étienne-du-Rouvray", "Sincey-lès-Rouvray");
        assertThat(results.subList(5, results.size()).getFirst().name()).isEqualTo("Saint-Étienne-du-Rouvray");
    }

    @Test
    void searchMatchesWordsInsideTheName() {
        assertThat(TERRITORIES.searchCommunes("rouvray etienne", 5))
                .extracting(OfficialCommune::inseeCode).containsExactly("76575");
        assertThat(TERRITORIES.searchCommunes("abergement clemenciat", 5))
                .extracting(OfficialCommune::inseeCode).containsExactly("01001");
    }

    @Test
    void searchByPostcodeFindsTheCommune() {
        List<OfficialCommune> results = TERRITORIES.searchCommunes("74000", 5);

        assertThat(results).extracting(OfficialCommune::inseeCode).containsExactly("74010");
    }

    @Test
    void searchByCodePrefixMatchesInseeCodesAndPostcodesByPopulation() {
        List<OfficialCommune> results = TERRITORIES.searchCommunes("740", 3);

        assertThat(results).hasSize(3);
        assertThat(results.getFirst().inseeCode()).isEqualTo("74010");
        assertThat(results).allSatisfy(c -> assertThat(
                c.inseeCode().startsWith("740") || c.postalCodes().stream().anyMatch(p -> p.startsWith("740")))
                .isTrue());
    }

    @Test
    void searchByCorsicanInseeCodeIsCaseInsensitive() {
        assertThat(TERRITORIES.searchCommunes("2a004", 5))
                .extracting(OfficialCommune::name).first().isEqualTo("Ajaccio");
        assertThat(TERRITORIES.searchCommunes("2B", 50)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.departmentCode()).isEqualTo("2B"));
    }

    @Test
    void searchRespectsLimitAndIgnoresBlankQueries() {
        assertThat(TERRITORIES.searchCommunes("saint", 7)).hasSize(7);
        assertThat(TERRITORIES.searchCommunes("  ", 10)).isEmpty();
        assertThat(TERRITORIES.searchCommunes("-'", 10)).isEmpty();
        assertThat(TERRITORIES.searchCommunes("annecy", 0)).isEmpty();
        assertThat(TERRITORIES.searchCommunes("zzzzqqq", 10)).isEmpty();
    }

    @Test
    void ligaturesAreSearchable() {
        assertThat(TERRITORIES.searchCommunes("oeuilly", 5))
                .extracting(OfficialCommune::name).containsExactly("Œuilly", "Œuilly");
    }

    @Test
    void searchesEpcisByNameWordsAndBySiren() {
        assertThat(TERRITORIES.searchEpcis("grand annecy", 5))
                .extracting(OfficialEpci::siren).first().isEqualTo("200066793");
        assertThat(TERRITORIES.searchEpcis("saint etienne metropole", 5))
                .extracting(OfficialEpci::siren).first().isEqualTo("244200770");
        assertThat(TERRITORIES.searchEpcis("200066793", 5))
                .extracting(OfficialEpci::name).containsExactly("CA du Grand Annecy");
    }

    @Test
    void loadsFastAndOnlyOnceUnderConcurrentFirstUse() throws Exception {
        OfficialTerritories fresh = new OfficialTerritories();
        Callable<List<OfficialCommune>> firstUse = () -> fresh.membersOf("200066793");
        long start = System.nanoTime();
        List<Future<List<OfficialCommune>>> futures;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            futures = pool.invokeAll(Collections.nCopies(8, firstUse));
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        List<OfficialCommune> first = futures.getFirst().get();
        assertThat(first).hasSize(34);
        for (Future<List<OfficialCommune>> future : futures) {
            assertThat(future.get()).isSameAs(first); // same instance: the data was built once
        }
        assertThat(elapsedMs).isLessThan(1_000);
    }
}
