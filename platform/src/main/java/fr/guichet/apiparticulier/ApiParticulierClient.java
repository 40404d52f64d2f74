package fr.guichet.apiparticulier;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.guichet.identity.CivilStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls API Particulier v3 with the civil-status modality ({@code …/identite}): {@code Authorization: Bearer} the
 * tenant's token, {@code recipient} its SIRET, the person's certified civil status as parameters. Strict timeouts;
 * every call logged in English without personal data (data set, outcome, HTTP status, API error codes, duration).
 */
@Component
class ApiParticulierClient {

    private static final Logger log = LoggerFactory.getLogger(ApiParticulierClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a call gave: a value, or why none. */
    sealed interface Answer {
        record Received(String value, String provider) implements Answer {
        }

        record Failed(Outcome outcome) implements Answer {
        }
    }

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    ApiParticulierClient(@Value("${guichet.api-particulier.timeout:3s}") Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer fetch(ApiParticulierAccesses.Connection connection, DataSet set, CivilStatus person) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + set.path() + "?"
                        + query(connection.siret(), person)))
                .timeout(timeout).header("Authorization", "Bearer " + connection.token())
                .header("Accept", "application/json").GET().build();
        int status = 0;
        String codes = "";
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status == 200) {
                answer = ResponseReading.read(set, JSON.readTree(response.body()), clock);
            } else {
                codes = errorCodes(response.body());
                answer = new Answer.Failed(outcomeOf(status));
            }
        } catch (HttpTimeoutException e) {
            answer = new Answer.Failed(Outcome.TIMEOUT);
        } catch (IOException | RuntimeException e) {
            log.debug("API Particulier call failed", e);
            answer = new Answer.Failed(Outcome.UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer.Failed(Outcome.UNAVAILABLE);
        }
        Outcome outcome = answer instanceof Answer.Failed failed ? failed.outcome() : Outcome.RECEIVED;
        log.info("API Particulier {} call: {} (HTTP {}{}) in {} ms", set, outcome, status,
                codes.isEmpty() ? "" : ", error codes " + codes, (System.nanoTime() - start) / 1_000_000);
        return answer;
    }

    static Outcome outcomeOf(int status) {
        return switch (status) {
            case 401, 403 -> Outcome.UNAUTHORIZED;
            case 404 -> Outcome.NOT_FOUND;
            case 408, 504 -> Outcome.TIMEOUT;
            default -> Outcome.UNAVAILABLE;
        };
    }

    /** The v3 civil-status parameters: names as certified, the birth date split, sex, INSEE codes of birth. */
    static String query(String siret, CivilStatus person) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "recipient", siret);
        add(pairs, "nomNaissance", person.birthName());
        person.givenNames().forEach(name -> add(pairs, "prenoms[]", name));
        add(pairs, "anneeDateNaissance", Integer.toString(person.birthDate().getYear()));
        add(pairs, "moisDateNaissance", Integer.toString(person.birthDate().getMonthValue()));
        add(pairs, "jourDateNaissance", Integer.toString(person.birthDate().getDayOfMonth()));
        add(pairs, "sexeEtatCivil", person.sex());
        add(pairs, "codeCogInseePaysNaissance", person.birthCountryCode());
        add(pairs, "codeCogInseeCommuneNaissance", person.birthplaceCode());
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, @Nullable String value) {
        if (value != null) {
            pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The {@code errors[].code} of a v3 error body (no personal data in them), for the log. */
    private static String errorCodes(String body) {
        try {
            List<String> codes = new ArrayList<>();
            JSON.readTree(body).path("errors").forEach(error -> codes.add(error.path("code").asText()));
            return String.join(",", codes);
        } catch (IOException e) {
            return "";
        }
    }
}
