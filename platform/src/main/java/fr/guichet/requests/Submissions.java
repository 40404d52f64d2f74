package fr.guichet.requests;

import fr.guichet.apiparticulier.ApiParticulierPrefill;
import fr.guichet.apiparticulier.CertifiedValue;
import fr.guichet.attachments.Attachments;
import fr.guichet.attachments.FileClaim;
import fr.guichet.attachments.Uploader;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.drafts.Drafts;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormEdits;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.SubmissionValidation;
import fr.guichet.forms.ValidatedSubmission;
import fr.guichet.forms.checks.CheckResult;
import fr.guichet.forms.checks.TextRules;
import fr.guichet.identity.CitizenProfile;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.teams.AgentScope;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantTransactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * New requests, whatever the channel: online from the portal, or registered by an agent for a person met at the
 * counter, on the phone, by post or by e-mail. Answers are validated against the published version of the procedure
 * (the server is authoritative) before anything is written; the request keeps that version. Files joined to file
 * fields must have been uploaded by the same person ({@link Uploader}) and are bound to the request in the same
 * transaction.
 */
@Service
public class Submissions {

    /** The key of errors about the requester's own details (name, e-mail) rather than a form field. */
    public static final String REQUESTER = "_demandeur";

    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);

    private final References references;
    private final Catalog catalog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Attachments attachments;
    private final RequestNotices notices;
    private final CitizenProfiles citizens;
    private final AgentScope scope;
    private final TeamNotices teamNotices;
    private final Drafts drafts;
    private final ApiParticulierPrefill apiParticulier;
    @PersistenceContext
    private EntityManager entityManager;

    Submissions(References references, Catalog catalog, Clock clock, ApplicationEventPublisher events,
            Attachments attachments, RequestNotices notices, CitizenProfiles citizens, Drafts drafts,
            AgentScope scope, TeamNotices teamNotices, ApiParticulierPrefill apiParticulier) {
        this.drafts = drafts;
        this.apiParticulier = apiParticulier;
        this.scope = scope;
        this.teamNotices = teamNotices;
        this.attachments = attachments;
        this.notices = notices;
        this.citizens = citizens;
        this.references = references;
        this.catalog = catalog;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A request submitted online for a published procedure, its files uploaded by the person the HTTP request being
     * served is for ({@link #currentUploader()}; see {@link #submitOnline(String, Map, Requester, Uploader)}).
     */
    @TenantTransactional
    public SubmissionResult submitOnline(String procedureSlug, Map<String, Object> answers, Requester requester) {
        return submitOnline(procedureSlug, answers, requester, currentUploader().orElse(null));
    }

    /**
     * Who uploads the files of a form being filled: a signed-in citizen's account, so that the files of their draft
     * are still theirs in another session (decision 013); otherwise the browser session.
     */
    public Optional<Uploader> currentUploader() {
        return CitizenProfiles.signedInHere() ? Optional.of(Uploader.citizen(citizens.currentId()))
                : Uploader.ofCurrentRequest();
    }

    /**
     * A request submitted online for a published procedure. A guest must give an e-mail address, where the tracking
     * link goes; a signed-in citizen's request is bound to their account.
     *
     * @param uploader who uploaded the files of the file answers; with none, a file answer is refused
     */
    @TenantTransactional
    public SubmissionResult submitOnline(String procedureSlug, Map<String, Object> answers, Requester requester,
            @Nullable Uploader uploader) {
        CitizenProfile profile = null;
        if (CitizenProfiles.signedInHere()) {
            // Bound to the signed-in account whatever the caller passed: the server decides who submits.
            profile = citizens.current();
            String name = String.join(" ", java.util.stream.Stream.of(profile.firstName(), profile.lastName())
                    .filter(java.util.Objects::nonNull).toList());
            requester = Requester.citizen(citizens.currentId(), name.isBlank() ? null : name, profile.email());
        } else if (requester.citizenId() != null) {
            return SubmissionResult.refused(Map.of(REQUESTER, "Connectez-vous pour déposer une demande depuis votre"
                    + " compte."));
        }
        if (requester.email() == null && requester.citizenId() == null) {
            return SubmissionResult.refused(Map.of(REQUESTER,
                    "Indiquez votre adresse électronique : le lien de suivi de votre demande y sera envoyé."));
        }
        return submit(procedureSlug, answers, requester, Channel.ONLINE, null, uploader, profile);
    }

    /**
     * A request registered by an agent for a person who used another channel; the channel is recorded. Only for a
     * procedure the agent's teams process (any, for an administrator).
     */
    @TenantTransactional
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    public SubmissionResult registerOnBehalf(String procedureSlug, Channel channel, Map<String, Object> answers,
            Requester requester) {
        if (channel == Channel.ONLINE) {
            return SubmissionResult.refused(Map.of(REQUESTER, "Choisissez le canal par lequel la demande est arrivée."));
        }
        if (requester.name() == null || requester.name().isBlank()) {
            return SubmissionResult.refused(Map.of(REQUESTER, "Indiquez le nom de la personne qui fait la demande."));
        }
        if (catalog.publishedBySlug(procedureSlug).filter(p -> !scope.ofCurrentAgent().includes(p.id())).isPresent()) {
            return SubmissionResult.refused(Map.of(REQUESTER, "Vos équipes ne traitent pas cette démarche : la demande"
                    + " n’a pas été enregistrée. Un administrateur peut vous ajouter à l’équipe qui la traite."));
        }
        String agent = SecurityContextHolder.getContext().getAuthentication().getName();
        return submit(procedureSlug, answers, requester, channel, agent, Uploader.ofCurrentRequest().orElse(null),
                null);
    }

    private SubmissionResult submit(String slug, Map<String, Object> answers, Requester requester, Channel channel,
            @Nullable String agent, @Nullable Uploader uploader, @Nullable CitizenProfile profile) {
        ProcedureSummary procedure = catalog.publishedBySlug(slug).orElse(null);
        if (procedure == null) {
            return SubmissionResult.refused(Map.of(REQUESTER,
                    "Cette démarche n’est plus proposée en ligne : la demande n’a pas été enregistrée."));
        }
        Map<String, String> errors = new LinkedHashMap<>(requesterProblems(requester));
        ProcedureVersion version = catalog.version(procedure.id(), procedure.version()).orElseThrow();
        String formJson = version.formJson();
        FormDefinition form = FormJson.read(formJson);
        Map<String, CertifiedValue> sourced = profile == null ? Map.of() : apiParticulier.heldFor(form);
        ValidatedSubmission validated = SubmissionValidation.validate(withoutDocumentsFor(form, sourced),
                withCertifiedValues(form, withoutAnswersFor(answers, sourced), profile));
        errors.putAll(validated.errors());
        List<FileClaim> files = errors.isEmpty() ? FileClaim.in(form, validated.answers()) : List.of();
        errors.putAll(attachments.problems(uploader, files));
        if (!errors.isEmpty()) {
            return SubmissionResult.refused(errors);
        }
        if (!validated.ignoredKeys().isEmpty()) {
            LOG.info("Submission to {} ignored keys {}", slug, validated.ignoredKeys());
        }
        Instant now = clock.instant();
        Requester cleaned = new Requester(requester.citizenId(), blankToNull(requester.name()),
                requester.email() == null ? null : ((CheckResult.Valid) TextRules.email(requester.email()))
                        .normalised());
        Request request = new Request(references.next(now), new RequestOrigin(procedure.id(), procedure.version(),
                procedure.description().title(), channel, cleaned, agent), AnswersJson.write(validated.answers()),
                version.workflow(), now, procedure.description().processingDays());
        if (profile != null) {
            request.reachBy(profile.preferredChannel(), profile.phone());
        }
        // persist, not the repository's save: a new request with its id already set would be merged, which first
        // looks for it in the database (one more statement per submission).
        entityManager.persist(request);
        if (!files.isEmpty()) {
            entityManager.flush();
            attachments.bindToRequest(request.id(), uploader, files);
        }
        if (profile != null) {
            apiParticulier.keepWithRequest(request.id(), sourced);
            drafts.submitted(procedure.id());
        }
        notices.received(request);
        teamNotices.entered(request, version.workflow().state(request.status()).orElseThrow());
        events.publishEvent(new RequestSubmitted(TenantContext.requiredTenant().id(), request.id(),
                request.reference(), channel));
        return SubmissionResult.accepted(request);
    }

    /**
     * The answers with every certified value of the citizen's profile in place of what the browser sent: an identity
     * provider vouches for them, the form shows them read-only, and a crafted request cannot change them.
     */
    private static Map<String, Object> withCertifiedValues(FormDefinition form, Map<String, Object> answers,
            @Nullable CitizenProfile profile) {
        if (profile == null || profile.certified().isEmpty()) {
            return answers;
        }
        Map<String, Object> enforced = new LinkedHashMap<>(answers);
        profile.prefill(form).forEach((key, prefill) -> {
            if (prefill.certified()) {
                Object sent = enforced.put(key, prefill.value());
                if (sent != null && !prefill.value().equals(sent)) {
                    LOG.warn("Certified answer '{}' sent with another value than the profile's: replaced", key);
                }
            }
        });
        return enforced;
    }

    /**
     * The form with the documents that API Particulier's values replace no longer required: the citizen received the
     * value instead (decision 024).
     */
    private static FormDefinition withoutDocumentsFor(FormDefinition form, Map<String, CertifiedValue> sourced) {
        FormDefinition relaxed = form;
        for (String key : sourced.keySet()) {
            relaxed = FormEdits.replaceField(relaxed, key, relaxed.field(key).orElseThrow().asOptional());
        }
        return relaxed;
    }

    /** The answers without what the browser sent for fields answered by API Particulier: the server's value wins. */
    private static Map<String, Object> withoutAnswersFor(Map<String, Object> answers,
            Map<String, CertifiedValue> sourced) {
        if (sourced.isEmpty()) {
            return answers;
        }
        Map<String, Object> kept = new LinkedHashMap<>(answers);
        sourced.keySet().forEach(key -> {
            if (kept.remove(key) != null) {
                LOG.warn("Answer '{}' sent for a field API Particulier answered: ignored", key);
            }
        });
        return kept;
    }

    private static Map<String, String> requesterProblems(Requester requester) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (requester.email() != null && TextRules.email(requester.email()) instanceof CheckResult.Invalid invalid) {
            problems.put(REQUESTER, invalid.message());
        } else if (requester.name() != null && requester.name().strip().length() > 200) {
            problems.put(REQUESTER, "Le nom dépasse 200 caractères : raccourcissez-le.");
        }
        return problems;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
