package fr.guichet.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Realistic answers to four templates of the platform's library, as a citizen would type them, that pass the
 * server's validation: the forms' required fields, conditions, formats and file descriptions.
 */
final class SampleAnswers {

    static final String REPORT = "signalement-voie-publique";
    static final String CIVIL_STATUS = "demande-acte-etat-civil";
    static final String ROOM = "reservation-salle-municipale";
    static final String PUBLIC_SPACE = "occupation-domaine-public";

    /** Someone who fills a form. */
    record Person(String firstName, String lastName, String email, String phone, String address) {

        String name() {
            return firstName + " " + lastName;
        }
    }

    private static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Jade",
            "Louise", "Emma", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Paul", "Claire",
            "Martine", "Nathalie", "Isabelle", "Philippe", "Alain", "Michel", "Sylvie", "Bernard", "Françoise",
            "Jean-Pierre", "Marie-Hélène", "Élodie", "Noé");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
            "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia",
            "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont",
            "Lambert", "Bonnet", "François", "Favre", "Perrin", "Mugnier", "Bouvier", "Dunand", "Rey");
    private static final List<String> STREETS = List.of("rue de la République", "avenue de Lyon", "rue de Boigne",
            "place Saint-Léger", "boulevard de la Colonne", "rue Croix-d’Or", "quai Charles Ravet",
            "avenue du Comte Vert", "rue Sainte-Barbe", "chemin de la Cassine", "impasse des Tilleuls",
            "rue du Larith", "avenue des Ducs de Savoie", "faubourg Montmélian");
    private static final List<String> DOMAINS = List.of("orange.fr", "free.fr", "gmail.com", "laposte.net",
            "sfr.fr", "outlook.fr");
    private static final List<String> PROBLEMS = List.of("Chaussée ou trottoir abîmé (nid-de-poule, bordure)",
            "Éclairage public en panne", "Dépôt sauvage ou déchets", "Tag ou affichage sauvage",
            "Mobilier urbain dégradé (banc, barrière, poubelle)", "Signalisation abîmée ou manquante",
            "Arbre ou végétation dangereuse", "Avaloir ou grille d’égout bouché", "Véhicule abandonné");
    private static final List<String> DESCRIPTIONS = List.of(
            "Un nid-de-poule d’environ 40 cm s’est formé au milieu de la chaussée, les voitures font des écarts.",
            "Le lampadaire devant l’arrêt de bus ne s’allume plus depuis une semaine, le passage est très sombre le soir.",
            "Des sacs d’ordures et un vieux matelas ont été déposés au pied des conteneurs de tri depuis lundi.",
            "Le banc près de l’aire de jeux a deux lattes cassées, avec des vis qui dépassent.",
            "Le panneau « cédez le passage » a été plié, il n’est plus visible pour les automobilistes.",
            "Une grosse branche menace de tomber sur le trottoir après le coup de vent de cette nuit.",
            "La grille d’égout est bouchée par des feuilles, l’eau stagne sur la route à chaque pluie.",
            "Une voiture sans plaques est stationnée au même endroit depuis plus d’un mois.");
    private static final String ADDRESS_TOWN = "73000 Chambéry";

    private SampleAnswers() {
    }

    static Person person(Random random) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        String email = ascii(first) + "." + ascii(last) + (random.nextInt(90) + 10) + "@" + pick(random, DOMAINS);
        String phone = String.format(Locale.ROOT, "0%d %02d %02d %02d %02d", 6 + random.nextInt(2), random.nextInt(100),
                random.nextInt(100), random.nextInt(100), random.nextInt(100));
        return new Person(first, last, email, phone, address(random));
    }

    /** The answers of {@code person} to the template {@code key}. */
    static Map<String, Object> answers(String key, Person person, Random random) {
        return switch (key) {
            case REPORT -> report(person, random);
            case CIVIL_STATUS -> civilStatus(person, random);
            case ROOM -> room(person, random);
            case PUBLIC_SPACE -> publicSpace(person, random);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static Map<String, Object> report(Person person, Random random) {
        Map<String, Object> answers = identity(person);
        answers.put("telephone", person.phone());
        answers.put("categorie", pick(random, PROBLEMS));
        answers.put("danger", random.nextInt(10) == 0);
        answers.put("description", pick(random, DESCRIPTIONS));
        // No photo: it is optional, and files need a real upload (RequestsBenchmark.uploaded) outside the timed work.
        answers.put("adresse_probleme", address(random));
        if (random.nextBoolean()) {
            answers.put("precision_lieu", pick(random, List.of("devant l’arrêt de bus", "face au numéro 14",
                    "sur le parking de l’école", "à l’angle de la rue", "près des conteneurs de tri")));
        }
        return answers;
    }

    private static Map<String, Object> civilStatus(Person person, Random random) {
        Map<String, Object> answers = identity(person);
        answers.put("qualite", pick(random, List.of("La personne concernée", "La personne concernée",
                "Son conjoint ou sa conjointe", "Son enfant ou un autre descendant", "Son père ou sa mère")));
        String act = pick(random, List.of("Acte de naissance", "Acte de naissance", "Acte de mariage",
                "Acte de décès"));
        answers.put("type_acte", act);
        answers.put("exemplaires", String.valueOf(1 + random.nextInt(3)));
        answers.put("motif", pick(random, List.of("Carte nationale d’identité ou passeport", "Mariage ou PACS",
                "Succession", "Retraite")));
        LocalDate date = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        switch (act) {
            case "Acte de naissance" -> {
                answers.put("forme_document", pick(random, List.of("Copie intégrale", "Extrait avec filiation")));
                answers.put("naissance_nom", person.lastName());
                answers.put("naissance_prenoms", person.firstName() + " " + pick(random, FIRST_NAMES));
                answers.put("naissance_date", date.toString());
            }
            case "Acte de mariage" -> {
                answers.put("forme_document", "Extrait avec filiation");
                answers.put("mariage_epoux_1", person.name());
                answers.put("mariage_epoux_2", pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES));
                answers.put("mariage_date", date.toString());
            }
            default -> {
                answers.put("deces_nom", pick(random, LAST_NAMES));
                answers.put("deces_prenoms", pick(random, FIRST_NAMES));
                answers.put("deces_date", LocalDate.now().minusDays(10 + random.nextInt(700)).toString());
            }
        }
        if (random.nextBoolean()) {
            answers.put("envoi", "Par courrier électronique");
            answers.put("courriel_envoi", person.email());
        } else {
            answers.put("envoi", "Par courrier postal");
            answers.put("adresse_envoi", person.address());
        }
        answers.put("certification", true);
        return answers;
    }

    private static Map<String, Object> room(Person person, Random random) {
        Map<String, Object> answers = reachable(person, "À titre personnel");
        answers.put("habitant", random.nextInt(5) != 0);
        answers.put("majeur", true);
        answers.put("salle", pick(random, List.of("Salle des fêtes", "Salle polyvalente",
                "Salle de réunion de la mairie")));
        answers.put("date_utilisation", LocalDate.now().plusDays(20 + random.nextInt(200)).toString());
        answers.put("heure_debut", pick(random, List.of("09:00", "14:00", "18:30")));
        answers.put("heure_fin", pick(random, List.of("12:00", "19:00", "23:30")));
        answers.put("nombre_personnes", String.valueOf(10 + random.nextInt(140)));
        answers.put("type_evenement", pick(random, List.of("Fête familiale (anniversaire, mariage…)",
                "Réunion ou assemblée générale", "Repas ou fête associative")));
        answers.put("description_evenement", "Anniversaire des 40 ans, repas assis puis soirée dansante.");
        answers.put("vente_boissons", false);
        answers.put("assurance", file(random, "attestation-assurance.pdf", 180_000));
        answers.put("reglement", true);
        return answers;
    }

    private static Map<String, Object> publicSpace(Person person, Random random) {
        Map<String, Object> answers = reachable(person, "Particulier");
        answers.put("type_occupation", "Déménagement ou livraison");
        answers.put("adresse_occupation", person.address());
        LocalDate day = LocalDate.now().plusDays(15 + random.nextInt(60));
        answers.put("date_debut", day.toString());
        answers.put("date_fin", day.plusDays(random.nextInt(2)).toString());
        answers.put("demenagement_vehicule", pick(random, List.of("Véhicule utilitaire léger",
                "Camion de 3,5 tonnes au plus", "Monte-meubles")));
        answers.put("demenagement_places", String.valueOf(1 + random.nextInt(3)));
        answers.put("demenagement_horaires", pick(random, List.of("8h – 12h", "7h30 – 13h", "toute la journée")));
        answers.put("engagement", true);
        return answers;
    }

    private static Map<String, Object> identity(Person person) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("nom", person.lastName());
        answers.put("prenom", person.firstName());
        answers.put("courriel", person.email());
        return answers;
    }

    /** Identity, as whom the person asks ({@code qualite}), postal address and phone. */
    private static Map<String, Object> reachable(Person person, String quality) {
        Map<String, Object> answers = identity(person);
        answers.put("qualite", quality);
        answers.put("adresse", person.address());
        answers.put("telephone", person.phone());
        return answers;
    }

    private static Map<String, Object> file(Random random, String name, int maxSize) {
        return Map.of("reference", "f" + Long.toHexString(random.nextLong() & Long.MAX_VALUE), "name", name, "size",
                20_000 + random.nextInt(maxSize));
    }

    private static String address(Random random) {
        return (1 + random.nextInt(120)) + " " + pick(random, STREETS) + "\n" + ADDRESS_TOWN;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
