package fr.guichet.territories;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads the bundled CSV resources and builds the indexed {@link TerritoryData}.
 * Kept lean (few lambdas, primitive sorts) because it usually runs on a cold JVM.
 */
final class TerritoryLoader {

    static final String COMMUNES_RESOURCE = "/territories/communes.csv";
    static final String EPCI_RESOURCE = "/territories/epci.csv";

    /** A commune with its search key, to sort EPCI members by accent-insensitive name. */
    private record Keyed(String key, OfficialCommune commune) {
    }

    private TerritoryLoader() {
    }

    /** Loads the bundled reference files from the classpath. */
    static TerritoryData load() {
        return build(CsvReader.read(open(COMMUNES_RESOURCE)), CsvReader.read(open(EPCI_RESOURCE)));
    }

    static TerritoryData build(CsvTable communeTable, CsvTable epciTable) {
        List<OfficialCommune> communes = parseCommunes(communeTable);
        int size = communes.size();
        Map<String, OfficialCommune> communesByInsee = HashMap.newHashMap(size);
        Map<String, List<Keyed>> members = new HashMap<>();
        List<String> keys = new ArrayList<>(size);
        List<String> codes = new ArrayList<>(size);
        int[] populations = new int[size];
        for (int i = 0; i < size; i++) {
            OfficialCommune commune = communes.get(i);
            if (communesByInsee.putIfAbsent(commune.inseeCode(), commune) != null) {
                throw new IllegalStateException("Duplicate INSEE code " + commune.inseeCode());
            }
            String key = TextNormalizer.searchKey(commune.name());
            keys.add(key);
            codes.add(codesOf(commune));
            populations[i] = commune.population();
            if (commune.epciSiren() != null) {
                members.computeIfAbsent(commune.epciSiren(), k -> new ArrayList<>()).add(new Keyed(key, commune));
            }
        }
        Map<String, List<OfficialCommune>> membersByEpci = HashMap.newHashMap(members.size());
        for (Map.Entry<String, List<Keyed>> entry : members.entrySet()) {
            List<Keyed> list = entry.getValue();
            list.sort(Comparator.comparing(Keyed::key)); // stable: equal keys stay in INSEE order
            membersByEpci.put(entry.getKey(), list.stream().map(Keyed::commune).toList());
        }

        List<OfficialEpci> epcis = parseEpcis(epciTable);
        Map<String, OfficialEpci> epcisBySiren = HashMap.newHashMap(epcis.size());
        List<String> epciKeys = new ArrayList<>(epcis.size());
        int[] epciPopulations = new int[epcis.size()];
        for (int i = 0; i < epcis.size(); i++) {
            OfficialEpci epci = epcis.get(i);
            epcisBySiren.put(epci.siren(), epci);
            epciKeys.add(TextNormalizer.searchKey(epci.name()));
            epciPopulations[i] = epci.population();
        }
        List<String> epciCodes = epcis.stream().map(OfficialEpci::siren).toList();

        return new TerritoryData(
                Collections.unmodifiableMap(communesByInsee),
                Collections.unmodifiableMap(epcisBySiren),
                Collections.unmodifiableMap(membersByEpci),
                new NameIndex<>(communes, keys, codes, populations),
                new NameIndex<>(epcis, epciKeys, epciCodes, epciPopulations));
    }

    private static List<OfficialCommune> parseCommunes(CsvTable table) {
        int insee = table.column("insee_code");
        int name = table.column("name");
        int department = table.column("department");
        int siren = table.column("siren");
        int postalCodes = table.column("postal_codes");
        int population = table.column("population");
        int epci = table.column("epci_siren");
        List<OfficialCommune> communes = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            communes.add(new OfficialCommune(
                    field(row, insee).toUpperCase(Locale.ROOT),
                    field(row, name),
                    field(row, department),
                    field(row, siren),
                    splitPostalCodes(field(row, postalCodes)),
                    parseInt(field(row, population)),
                    emptyToNull(field(row, epci))));
        }
        return communes;
    }

    private static List<OfficialEpci> parseEpcis(CsvTable table) {
        int siren = table.column("siren");
        int name = table.column("name");
        int type = table.column("type");
        int population = table.column("population");
        int memberCount = table.column("member_count");
        List<OfficialEpci> epcis = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            epcis.add(new OfficialEpci(field(row, siren), field(row, name), field(row, type),
                    parseInt(field(row, population)), parseInt(field(row, memberCount))));
        }
        return epcis;
    }

    /** INSEE code and postcodes, lower-case, space-separated (the code search format of {@link NameIndex}). */
    private static String codesOf(OfficialCommune commune) {
        String insee = commune.inseeCode().toLowerCase(Locale.ROOT);
        return commune.postalCodes().isEmpty() ? insee : insee + ' ' + String.join(" ", commune.postalCodes());
    }

    /** Postal codes are separated by spaces in the source data. */
    private static List<String> splitPostalCodes(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        return value.indexOf(' ') < 0 ? List.of(value) : Arrays.asList(value.split(" +"));
    }

    private static String field(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    private static int parseInt(String value) {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static InputStream open(String resource) {
        InputStream in = TerritoryLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return in;
    }
}
