package fr.guichet.apiparticulier;

import fr.guichet.forms.Field;
import fr.guichet.forms.FormDefinition;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.CivilStatus;
import fr.guichet.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Form values fetched from API Particulier for the signed-in citizen, only after their explicit consent and only
 * with the civil status FranceConnect certified. Each call is audited (who, when, which data set, outcome, never the
 * data); a value received is held server-side for the next submission, where it wins over anything the browser
 * sends. Any failure ends in a French message and the document path: it never blocks a submission.
 */
@Service
public class ApiParticulierPrefill {

    /** How long a value received stays usable for a submission. */
    static final Duration HELD_FOR = Duration.ofHours(2);

    private final ApiParticulierAccesses accesses;
    private final ApiParticulierClient client;
    private final CallJournal journal;
    private final CitizenProfiles citizens;
    private final Clock clock;

    ApiParticulierPrefill(ApiParticulierAccesses accesses, ApiParticulierClient client, CallJournal journal,
            CitizenProfiles citizens, Clock clock) {
        this.accesses = accesses;
        this.client = client;
        this.journal = journal;
        this.citizens = citizens;
        this.clock = clock;
    }

    /**
     * Whether the automatic path is offered to the caller: a citizen signed in here whose civil status FranceConnect
     * certified, in a commune with an API Particulier access. Guests and other citizens get the document path.
     */
    public boolean offered() {
        return CitizenProfiles.signedInHere() && citizens.certifiedCivilStatus().isPresent()
                && TenantContext.current().flatMap(tenant -> accesses.connection(tenant.id())).isPresent();
    }

    /**
     * Asks API Particulier for {@code set} about the signed-in citizen; nothing is called without {@code consent}.
     */
    @PreAuthorize("hasRole('CITIZEN')")
    public Fetch fetch(DataSet set, boolean consent) {
        if (!consent) {
            return new Fetch.NotReceived(null, "Sans votre accord, aucune donnée n’est demandée : joignez le document "
                    + "demandé.");
        }
        Optional<CivilStatus> person = citizens.certifiedCivilStatus();
        Optional<ApiParticulierAccesses.Connection> connection = accesses.connection(
                TenantContext.requiredTenant().id());
        if (person.isEmpty() || connection.isEmpty()) {
            return new Fetch.NotReceived(null, "La récupération automatique n’est pas possible pour votre compte : "
                    + "joignez le document demandé.");
        }
        UUID citizen = citizens.currentId();
        Instant start = clock.instant();
        ApiParticulierClient.Answer answer = client.fetch(connection.get(), set, person.get());
        Instant end = clock.instant();
        long duration = Duration.between(start, end).toMillis();
        if (answer instanceof ApiParticulierClient.Answer.Received received) {
            journal.record(citizen, set, Outcome.RECEIVED, end, duration);
            CertifiedValue value = new CertifiedValue(set, received.value(), received.provider(), end);
            journal.hold(citizen, value);
            return new Fetch.Received(value);
        }
        Outcome outcome = ((ApiParticulierClient.Answer.Failed) answer).outcome();
        journal.record(citizen, set, outcome, end, duration);
        return new Fetch.NotReceived(outcome, message(set, outcome));
    }

    /** The value held for the signed-in citizen from {@code set}, still usable for a submission. */
    @PreAuthorize("hasRole('CITIZEN')")
    public Optional<CertifiedValue> held(DataSet set) {
        return journal.held(citizens.currentId(), set, clock.instant().minus(HELD_FOR));
    }

    /** Gives up a value received: the citizen prefers to join the document. */
    @PreAuthorize("hasRole('CITIZEN')")
    public void release(DataSet set) {
        journal.release(citizens.currentId(), set);
    }

    /**
     * The values held for the signed-in citizen that answer {@code form}'s fields, by field key; empty for anyone
     * else. Submissions use them in place of what the browser sent.
     */
    public Map<String, CertifiedValue> heldFor(FormDefinition form) {
        Map<String, CertifiedValue> held = new LinkedHashMap<>();
        if (!CitizenProfiles.signedInHere()) {
            return held;
        }
        UUID citizen = citizens.currentId();
        Instant notBefore = clock.instant().minus(HELD_FOR);
        for (Field field : form.allFields()) {
            if (field.prefill() != null && field.prefill().fromApiParticulier()) {
                DataSet.of(field.prefill()).flatMap(set -> journal.held(citizen, set, notBefore))
                        .ifPresent(value -> held.put(field.key(), value));
            }
        }
        return held;
    }

    /**
     * Keeps {@code values} with the request just submitted (in the submission's transaction) and releases them for
     * the citizen.
     */
    public void keepWithRequest(UUID request, Map<String, CertifiedValue> values) {
        if (values.isEmpty()) {
            return;
        }
        journal.keep(request, values);
        UUID citizen = citizens.currentId();
        values.values().stream().map(CertifiedValue::dataSet).distinct().forEach(set -> journal.release(citizen, set));
    }

    /**
     * The values a request was submitted with, by field key, with their provenance: part of the request as an agent
     * opens it (the caller checks that the agent may see the request).
     */
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    public Map<String, CertifiedValue> ofRequest(UUID request) {
        return journal.kept(request);
    }

    /** The audit of calls made for a citizen (tenant administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditedCall> callsFor(UUID citizen) {
        return journal.calls(citizen);
    }

    static String message(DataSet set, Outcome outcome) {
        String who = set == DataSet.QUOTIENT_FAMILIAL ? "La CAF et la MSA n’ont" : "L’enseignement supérieur n’a";
        return switch (outcome) {
            case NOT_FOUND -> who + " pas trouvé de dossier à votre nom : joignez le document demandé.";
            case TIMEOUT -> "Le service n’a pas répondu à temps : joignez le document demandé, votre demande sera "
                    + "traitée de la même façon.";
            case UNAUTHORIZED, UNAVAILABLE -> "Le service n’est pas disponible pour le moment : joignez le document "
                    + "demandé, votre demande sera traitée de la même façon.";
            case RECEIVED -> throw new IllegalArgumentException("Not a failure");
        };
    }
}
