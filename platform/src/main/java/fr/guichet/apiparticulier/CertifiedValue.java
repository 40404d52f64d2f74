package fr.guichet.apiparticulier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A value an administration transmitted through API Particulier, with where it came from.
 *
 * @param value the value as shown to the citizen and to agents (« 650 », « Inscrit … »)
 * @param provider the administration that holds it: {@code CAF}, {@code MSA} or {@code MESRI}
 */
public record CertifiedValue(DataSet dataSet, String value, String provider, Instant fetchedAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    /** « Donnée transmise par la CAF via API Particulier le 28/11/2026 à 21:40 ». */
    public String provenance() {
        return "Donnée transmise par " + providerName() + " via API Particulier le " + WHEN.format(fetchedAt);
    }

    private String providerName() {
        return switch (provider) {
            case "CAF" -> "la CAF";
            case "MSA" -> "la MSA";
            case "MESRI" -> "le ministère de l’Enseignement supérieur";
            default -> provider;
        };
    }
}
