package fr.guichet.apiparticulier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the {@code data} of a v3 answer into the value shown: the quotient familial's amount and the provider
 * ({@code fournisseur}: CNAF or MSA), or whether the person is enrolled now ({@code admissions[].est_inscrit} over
 * {@code date_debut}..{@code date_fin}) and where.
 */
final class ResponseReading {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private ResponseReading() {
    }

    static ApiParticulierClient.Answer read(DataSet set, JsonNode body, Clock clock) {
        JsonNode data = body.path("data");
        return switch (set) {
            case QUOTIENT_FAMILIAL -> quotientFamilial(data.path("quotient_familial"));
            case STUDENT_STATUS -> studentStatus(data, LocalDate.now(clock));
        };
    }

    private static ApiParticulierClient.Answer quotientFamilial(JsonNode qf) {
        if (!qf.path("valeur").isNumber()) {
            return new ApiParticulierClient.Answer.Failed(Outcome.UNAVAILABLE);
        }
        String provider = "MSA".equals(qf.path("fournisseur").asText()) ? "MSA" : "CAF";
        String period = qf.path("mois").isInt() && qf.path("annee").isInt()
                ? " (" + String.format(Locale.FRANCE, "%02d/%d", qf.path("mois").asInt(), qf.path("annee").asInt())
                        + ")" : "";
        return new ApiParticulierClient.Answer.Received(qf.path("valeur").asInt() + period, provider);
    }

    private static ApiParticulierClient.Answer studentStatus(JsonNode data, LocalDate today) {
        if (!data.path("admissions").isArray()) {
            return new ApiParticulierClient.Answer.Failed(Outcome.UNAVAILABLE);
        }
        for (JsonNode admission : data.path("admissions")) {
            try {
                LocalDate from = LocalDate.parse(admission.path("date_debut").asText());
                LocalDate to = LocalDate.parse(admission.path("date_fin").asText());
                if (admission.path("est_inscrit").asBoolean(false) && !today.isBefore(from) && !today.isAfter(to)) {
                    String school = admission.path("etablissement_etudes").path("nom").asText("");
                    String value = "Inscrit dans l’enseignement supérieur" + (school.isBlank() ? "" : " : " + school)
                            + " (jusqu’au " + DAY.format(to) + ")";
                    return new ApiParticulierClient.Answer.Received(value.length() > 200 ? value.substring(0, 200)
                            : value, "MESRI");
                }
            } catch (DateTimeParseException e) {
                // an admission without usable dates says nothing about today
            }
        }
        return new ApiParticulierClient.Answer.Received("Aucune inscription en cours dans l’enseignement supérieur",
                "MESRI");
    }
}
