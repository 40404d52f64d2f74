package fr.guichet.simulator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated API Particulier knows about the simulator's test identities (fictitious data): Angela Dubois
 * has a CAF quotient familial, Pierre Mercier an MSA one, Lucas Martin is enrolled at a university, Karima Benali is
 * unknown to both (404). A person is found by birth name, first given name, birth date and sex, as the v3
 * civil-status modality finds them.
 */
final class ApiParticulierTestData {

    private ApiParticulierTestData() {
    }

    /** The identity these civil-status parameters name, if any. */
    static Optional<TestIdentity> find(String birthName, List<String> givenNames, LocalDate birthDate, String sex) {
        return TestIdentity.ALL.stream()
                .filter(identity -> identity.familyName().equalsIgnoreCase(birthName))
                .filter(identity -> !givenNames.isEmpty()
                        && identity.givenName().split(" ")[0].equalsIgnoreCase(givenNames.getFirst()))
                .filter(identity -> identity.birthdate().equals(birthDate.toString()))
                .filter(identity -> sex.equals("female".equals(identity.gender()) ? "F" : "M"))
                .findFirst();
    }

    /** The {@code data} of a quotient familial answer (v3 shape), empty when the person has no file. */
    static Optional<Map<String, Object>> quotientFamilial(TestIdentity person, LocalDate today) {
        return switch (person.login()) {
            case "angela" -> Optional.of(quotient(person, "CNAF", 650, today));
            case "pierre" -> Optional.of(quotient(person, "MSA", 1120, today));
            default -> Optional.empty();
        };
    }

    /** The {@code data} of a student status answer (v3 shape), empty when the person is unknown to the ministry. */
    static Optional<Map<String, Object>> studentStatus(TestIdentity person, LocalDate today) {
        if (!"lucas".equals(person.login())) {
            return Optional.empty();
        }
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        Map<String, Object> admission = new LinkedHashMap<>();
        admission.put("date_debut", start + "-09-01");
        admission.put("date_fin", (start + 1) + "-08-31");
        admission.put("est_inscrit", true);
        admission.put("regime_formation", Map.of("libelle", "formation initiale", "code", "RF1"));
        admission.put("code_cog_insee_commune", "74010");
        admission.put("etablissement_etudes", Map.of("uai", "0741234A", "nom", "Université Savoie Mont Blanc"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("identite", Map.of("nom_naissance", person.familyName(),
                "prenom", person.givenName().split(" ")[0], "date_naissance", person.birthdate()));
        data.put("admissions", List.of(admission));
        return Optional.of(data);
    }

    private static Map<String, Object> quotient(TestIdentity person, String provider, int value, LocalDate today) {
        LocalDate month = today.minusMonths(1);
        Map<String, Object> qf = new LinkedHashMap<>();
        qf.put("fournisseur", provider);
        qf.put("valeur", value);
        qf.put("annee", month.getYear());
        qf.put("mois", month.getMonthValue());
        qf.put("annee_calcul", today.getYear());
        qf.put("mois_calcul", today.getMonthValue());
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("nom_naissance", person.familyName());
        holder.put("nom_usage", person.preferredUsername());
        holder.put("prenoms", person.givenName().toUpperCase(java.util.Locale.ROOT));
        holder.put("date_naissance", person.birthdate());
        holder.put("sexe", "female".equals(person.gender()) ? "F" : "M");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quotient_familial", qf);
        data.put("allocataires", List.of(holder));
        data.put("enfants", List.of());
        return data;
    }
}
