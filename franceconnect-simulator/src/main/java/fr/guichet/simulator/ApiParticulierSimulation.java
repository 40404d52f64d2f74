package fr.guichet.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API Particulier v3's civil-status routes for the quotient familial and the student status, with test data
 * ({@link ApiParticulierTestData}): {@code Authorization: Bearer} must be the configured token (else 401),
 * {@code recipient} a SIRET of 14 digits with valid Luhn keys (else 422), the person must be known (else 404 with
 * the provider's error code). Two other tokens force failures for tests: {@value #FAILING_TOKEN} answers 500 and
 * {@value #SLOW_TOKEN} answers after {@code simulator.api-particulier.slow-seconds} (a timeout for Guichet).
 */
@RestController
class ApiParticulierSimulation {

    static final String FAILING_TOKEN = "jeton-panne-api-particulier";
    static final String SLOW_TOKEN = "jeton-lent-api-particulier";

    private final String token;
    private final long slowMillis;

    ApiParticulierSimulation(@Value("${simulator.api-particulier.token:jeton-simulateur-api-particulier}") String token,
            @Value("${simulator.api-particulier.slow-seconds:10}") long slowSeconds) {
        this.token = token;
        this.slowMillis = slowSeconds * 1000;
    }

    @GetMapping("/v3/dss/quotient_familial/identite")
    ResponseEntity<Map<String, Object>> quotientFamilial(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "prenoms[]", required = false) @Nullable List<String> givenNames) {
        return answer(authorization, params, givenNames, ApiParticulierTestData::quotientFamilial, "37003",
                "Dossier allocataire inexistant. Le document ne peut être édité.", "CNAV");
    }

    @GetMapping("/v3/mesri/statut_etudiant/identite")
    ResponseEntity<Map<String, Object>> studentStatus(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "prenoms[]", required = false) @Nullable List<String> givenNames) {
        return answer(authorization, params, givenNames, ApiParticulierTestData::studentStatus, "25003",
                "Aucun étudiant n'a pu être trouvé avec les critères de recherche fournis.", "MESRI");
    }

    private ResponseEntity<Map<String, Object>> answer(@Nullable String authorization, Map<String, String> params,
            @Nullable List<String> givenNames,
            BiFunction<TestIdentity, LocalDate, Optional<Map<String, Object>>> data, String notFoundCode,
            String notFoundDetail, String provider) {
        String bearer = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7) : "";
        if (FAILING_TOKEN.equals(bearer)) {
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "00999", "Erreur inconnue",
                    "Erreur simulée du fournisseur de données.", provider);
        }
        if (SLOW_TOKEN.equals(bearer)) {
            sleep();
        } else if (!token.equals(bearer)) {
            return error(HttpStatus.UNAUTHORIZED, "00101", "Interdit d'accès",
                    "Votre jeton d'accès n'est pas valide ou n'est pas renseigné.", null);
        }
        if (!SiretKeys.valid(params.getOrDefault("recipient", ""))) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "00210", "Entité non traitable",
                    "Le paramètre recipient doit être un numéro de SIRET valide.", null);
        }
        Optional<TestIdentity> person;
        try {
            person = ApiParticulierTestData.find(params.getOrDefault("nomNaissance", ""),
                    givenNames == null ? List.of() : givenNames, LocalDate.of(
                            Integer.parseInt(params.getOrDefault("anneeDateNaissance", "0")),
                            Integer.parseInt(params.getOrDefault("moisDateNaissance", "0")),
                            Integer.parseInt(params.getOrDefault("jourDateNaissance", "0"))),
                    params.getOrDefault("sexeEtatCivil", ""));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "00211", "Entité non traitable",
                    "La date de naissance est incomplète ou invalide.", null);
        }
        return person.flatMap(identity -> data.apply(identity, LocalDate.now()))
                .map(found -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("data", found);
                    body.put("links", Map.of());
                    body.put("meta", Map.of());
                    return ResponseEntity.ok(body);
                })
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, notFoundCode, "Entité non trouvée", notFoundDetail,
                        provider));
    }

    private void sleep() {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A v3 error body: {@code errors[]} with code, title, detail, source and the provider in meta. */
    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String title,
            String detail, @Nullable String provider) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("title", title);
        error.put("detail", detail);
        error.put("source", null);
        error.put("meta", provider == null ? Map.of() : Map.of("provider", provider));
        return ResponseEntity.status(status).body(Map.of("errors", List.of(error)));
    }
}
