package fr.guichet.bench;

import fr.guichet.bench.RequestsBenchmark.Published;
import fr.guichet.search.Facet;
import fr.guichet.search.SearchOrder;
import fr.guichet.search.SearchQuery;
import fr.guichet.workflows.Workflow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Back-office queries as agents type them: a word or two of what the citizen wrote or the procedure (« lampadaire
 * rue », « acte naissance 2025 »), a citizen's name (full, or the last name alone), sometimes a quoted phrase; more
 * than half with a facet ticked (status « reçue » / « en cours d'instruction », one procedure, the online channel);
 * one in five by newest first.
 */
final class BenchQueries {

    private static final List<String> WORDS = List.of("lampadaire rue", "lampadaire", "trottoir abîmé",
            "nid-de-poule", "dépôt sauvage", "déchets conteneurs", "acte naissance 2025", "acte de mariage",
            "copie intégrale", "extrait naissance", "décès", "salle réunion", "assemblée générale", "terrasse",
            "échafaudage", "benne chantier", "déménagement", "grille égout", "branche trottoir",
            "véhicule abandonné", "banc cassé", "panneau", "\"avenue de Lyon\"", "tag", "éclairage public",
            "matelas", "livraison", "rue de la République", "mariage 2024", "fête anniversaire");

    private BenchQueries() {
    }

    static List<SearchQuery> of(List<RequestSeeder.Procedure> samples, List<Published> team, int count,
            Random random) {
        List<String> names = samples.stream().flatMap(procedure -> procedure.samples().stream())
                .map(RequestSeeder.Sample::name).filter(name -> name != null && !name.isBlank()).distinct().toList();
        List<SearchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text;
            int kind = random.nextInt(100);
            if (kind < 60) {
                text = WORDS.get(random.nextInt(WORDS.size()));
            } else {
                String name = names.get(random.nextInt(names.size()));
                text = random.nextBoolean() ? name : name.substring(name.lastIndexOf(' ') + 1);
            }
            Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
            int facet = random.nextInt(10);
            if (facet >= 4 && facet <= 6 || facet == 9) {
                facets.put(Facet.STATUS, Set.of(Workflow.RECEIVED, Workflow.IN_PROGRESS));
            }
            if (facet == 7 || facet == 8) {
                facets.put(Facet.PROCEDURE, Set.of(team.get(random.nextInt(team.size())).id().toString()));
            }
            if (facet == 9) {
                facets.put(Facet.CHANNEL, Set.of("ONLINE"));
            }
            SearchOrder order = random.nextInt(5) == 0 ? SearchOrder.NEWEST : SearchOrder.RELEVANCE;
            queries.add(new SearchQuery(text, facets, order, 0));
        }
        return queries;
    }
}
