package fr.guichet.drafts;

import fr.guichet.attachments.Attachments;
import fr.guichet.attachments.FileClaim;
import fr.guichet.attachments.FileSizes;
import fr.guichet.attachments.Uploader;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.tenancy.TenantTransactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in citizen's drafts. The citizen is always the one of the session ({@link CitizenProfiles#currentId()}),
 * never an id the caller passes: nobody reads, overwrites or deletes someone else's draft. A draft holds the pending
 * files its answers name for as long as it lives ({@link Attachments#holdUntil}); deleting it, however, lets them go.
 */
@Service
public class Drafts {

    private final DraftStore store;
    private final Catalog catalog;
    private final CitizenProfiles citizens;
    private final Attachments attachments;
    private final DraftsProperties properties;
    private final Clock clock;

    Drafts(DraftStore store, Catalog catalog, CitizenProfiles citizens, Attachments attachments,
            DraftsProperties properties, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.citizens = citizens;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What the citizen finds on opening the form of the procedure {@code slug}: their draft (carried over to the
     * version now published), the news that it expired (then forgotten: the next opening starts fresh), or nothing.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public DraftOpening open(String slug) {
        UUID citizen = citizens.currentId();
        Optional<ProcedureSummary> procedure = catalog.publishedBySlug(slug);
        Optional<Draft> found = procedure.flatMap(p -> store.find(citizen, p.id()));
        if (found.isEmpty()) {
            return new DraftOpening.Fresh();
        }
        Draft draft = found.get();
        if (draft.expiredAt(clock.instant())) {
            forget(citizen, draft);
            return new DraftOpening.Expired(draft.expiresAt());
        }
        Map<String, Object> answers = DraftAnswers.read(draft.answersJson().orElseThrow());
        int published = procedure.get().version();
        if (draft.procedureVersion() == published) {
            return new DraftOpening.Resumed(answers, draft.savedAt(), draft.expiresAt(), draft.pageKey(), false);
        }
        FormDefinition now = form(draft.procedureId(), published).orElseThrow();
        Map<String, Object> carried = DraftAnswers.carryOver(answers, form(draft.procedureId(),
                draft.procedureVersion()).orElse(now), now);
        String page = now.pages().stream().anyMatch(p -> p.key().equals(draft.pageKey())) ? draft.pageKey() : null;
        return new DraftOpening.Resumed(carried, draft.savedAt(), draft.expiresAt(), page, true);
    }

    /**
     * Saves the answers typed so far into the citizen's one draft of the procedure, with the version now published,
     * and holds the pending files they name as long as the draft. Refused (nothing written) when the answers are too
     * large or the procedure is no longer online.
     *
     * @param answers the answers as typed, valid or not; a file answer is {@code {reference, name, size}}
     * @param pageKey the page the citizen is on
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public DraftSave save(String slug, Map<String, ?> answers, @Nullable String pageKey) {
        UUID citizen = citizens.currentId();
        ProcedureSummary procedure = catalog.publishedBySlug(slug).orElse(null);
        if (procedure == null) {
            return new DraftSave.Refused("Cette démarche n’est plus proposée en ligne : vos réponses n’ont pas pu"
                    + " être enregistrées en brouillon.");
        }
        String json = DraftAnswers.write(answers);
        long size = json.getBytes(StandardCharsets.UTF_8).length;
        long max = properties.maxAnswersSize().toBytes();
        if (size > max) {
            return new DraftSave.Refused("Vos réponses sont trop longues pour être enregistrées en brouillon ("
                    + FileSizes.french(size) + " ; au plus " + FileSizes.french(max) + ") : raccourcissez les"
                    + " textes les plus longs, ou envoyez votre demande sans quitter cette page.");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.retention());
        store.upsert(citizen, procedure.id(), procedure.version(), json,
                pageKey == null || pageKey.length() > 64 ? null : pageKey, now, expiresAt);
        attachments.holdUntil(Uploader.citizen(citizen), fileReferences(form(procedure.id(), procedure.version()),
                DraftAnswers.read(json)), expiresAt);
        return new DraftSave.Saved(now, expiresAt);
    }

    /** The citizen's drafts still alive, last saved first, for « Mes demandes ». */
    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('CITIZEN')")
    public List<DraftSummary> mine() {
        return store.alive(citizens.currentId(), clock.instant()).stream().map(this::summary).toList();
    }

    /** Deletes one of the citizen's drafts (« Supprimer »); false when they have no such draft. */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public boolean delete(UUID draftId) {
        UUID citizen = citizens.currentId();
        Optional<Draft> draft = store.findById(citizen, draftId);
        draft.ifPresent(found -> forget(citizen, found));
        return draft.isPresent();
    }

    /** Deletes the citizen's draft of the procedure {@code slug}, if any (« Recommencer »). */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public void restart(String slug) {
        UUID citizen = citizens.currentId();
        catalog.publishedBySlug(slug).flatMap(p -> store.find(citizen, p.id()))
                .ifPresent(draft -> forget(citizen, draft));
    }

    /**
     * Deletes the citizen's draft of the procedure they just submitted, in the submission's transaction: the request
     * and the end of its draft commit together.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public void submitted(UUID procedureId) {
        UUID citizen = citizens.currentId();
        store.find(citizen, procedureId).ifPresent(draft -> forget(citizen, draft));
    }

    /** Purges the tenant's expired drafts: answers deleted, dates kept a while, then nothing; how many purged. */
    @TenantTransactional
    public int purgeExpired() {
        Instant now = clock.instant();
        int purged = store.purgeAnswers(now);
        store.deleteExpiredBefore(now.minus(properties.tombstoneRetention()));
        return purged;
    }

    /** Deletes the draft and lets go of its files (the files a submission bound are no longer pending). */
    private void forget(UUID citizen, Draft draft) {
        draft.answersJson().ifPresent(json -> form(draft.procedureId(), draft.procedureVersion())
                .map(form -> fileReferences(form, DraftAnswers.read(json)))
                .ifPresent(references -> attachments.release(Uploader.citizen(citizen), references)));
        store.delete(draft);
    }

    private DraftSummary summary(Draft draft) {
        Optional<Procedure> online = catalog.publishedProcedure(draft.procedureId());
        String title = online.flatMap(Procedure::published)
                .or(() -> catalog.version(draft.procedureId(), draft.procedureVersion()))
                .map(version -> version.description().title()).orElse("");
        return new DraftSummary(draft.id(), online.map(Procedure::slug).orElse(null), title, draft.savedAt(),
                draft.expiresAt());
    }

    private Optional<FormDefinition> form(UUID procedure, int version) {
        return catalog.version(procedure, version).map(found -> FormJson.read(found.formJson()));
    }

    private static List<String> fileReferences(Optional<FormDefinition> form, Map<String, ?> answers) {
        return form.map(found -> fileReferences(found, answers)).orElse(List.of());
    }

    private static List<String> fileReferences(FormDefinition form, Map<String, ?> answers) {
        return FileClaim.in(form, answers).stream().map(FileClaim::reference).distinct().toList();
    }
}
