package fr.guichet.catalog;

import fr.guichet.workflows.Workflow;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A procedure (démarche) of a tenant and all its versions. Editing a published procedure opens a new draft version;
 * the published one stays online, unchanged, until the draft is published in turn.
 */
@Entity
@Table(name = "procedures")
public class Procedure {

    @Id
    private UUID id;
    private String slug;
    @Enumerated(EnumType.STRING)
    private ProcedureStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "procedure_id", insertable = false, updatable = false)
    @OrderBy("number")
    private List<ProcedureVersion> versions = new ArrayList<>();
    @Embedded
    private @Nullable TemplateOrigin origin;
    @Column(name = "template_dismissed_version")
    private @Nullable Integer dismissedTemplateVersion;

    protected Procedure() {
    }

    Procedure(String slug, ProcedureDescription description, PrivacyNotice privacy, String formJson, Instant at) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.status = ProcedureStatus.DRAFT;
        this.createdAt = at;
        this.updatedAt = at;
        this.versions.add(new ProcedureVersion(id, 1, description, privacy, formJson));
    }

    /** Rewrites the draft, opening one after the published version when there is none. */
    void edit(ProcedureDescription description, PrivacyNotice privacy, String formJson, Instant at) {
        openDraft(at).rewrite(description, privacy, formJson);
    }

    /** Rewrites the draft's workflow (checked by the caller), opening a draft when there is none. */
    void editWorkflow(Workflow workflow, Instant at) {
        openDraft(at).rewriteWorkflow(workflow);
    }

    private ProcedureVersion openDraft(Instant at) {
        if (status == ProcedureStatus.CLOSED) {
            throw new PublicationRefused(List.of("Cette démarche est fermée : rouvrez-la avant de la modifier."));
        }
        ProcedureVersion latest = latest();
        if (latest.state() != VersionState.DRAFT) {
            latest = latest.nextDraft();
            versions.add(latest);
        }
        updatedAt = at;
        return latest;
    }

    /**
     * Publishes the draft when it passes every check ({@code formProblems} reports the form's own); refused with the
     * full list of problems otherwise, changing nothing.
     */
    void publish(Function<String, List<String>> formProblems, Function<Workflow, List<String>> workflowProblems,
            Instant at) {
        ProcedureVersion draft = draft().orElseThrow(() -> new PublicationRefused(
                List.of("Il n’y a pas de nouvelle version à publier : modifiez d’abord la démarche.")));
        List<String> problems = new ArrayList<>(draft.description().problems());
        problems.addAll(draft.privacy().missing());
        problems.addAll(formProblems.apply(draft.formJson()));
        workflowProblems.apply(draft.workflow()).forEach(problem -> problems.add("Circuit : " + problem));
        if (!problems.isEmpty()) {
            throw new PublicationRefused(problems);
        }
        published().ifPresent(ProcedureVersion::supersede);
        draft.publish(at);
        status = ProcedureStatus.PUBLISHED;
        updatedAt = at;
    }

    /** Takes the procedure off the catalog; its versions and the requests filled with them stay. */
    void close(Instant at) {
        status = ProcedureStatus.CLOSED;
        updatedAt = at;
    }

    /** Records the template this procedure was just made from. */
    void madeFrom(TemplateOrigin templateOrigin) {
        this.origin = templateOrigin;
    }

    /**
     * Takes a later version of its template as the draft (the published version stays online until the draft is
     * published in turn); a draft already waiting is rewritten, like any edit.
     */
    void applyTemplate(ProcedureTemplate template, TemplateOrigin newOrigin, Instant at) {
        edit(template.description(), template.privacy(), template.formJson(), at);
        this.origin = newOrigin;
        this.dismissedTemplateVersion = null;
    }

    /** The designers chose not to take template version {@code version}; a later one will be offered again. */
    void dismissTemplateVersion(int version, Instant at) {
        this.dismissedTemplateVersion = version;
        updatedAt = at;
    }

    /** The template this procedure was made from, if any. */
    public Optional<TemplateOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    public @Nullable Integer dismissedTemplateVersion() {
        return dismissedTemplateVersion;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public ProcedureStatus status() {
        return status;
    }

    public long lockVersion() {
        return version;
    }

    public Optional<ProcedureVersion> published() {
        return versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst();
    }

    public Optional<ProcedureVersion> draft() {
        return versions.stream().filter(v -> v.state() == VersionState.DRAFT).findFirst();
    }

    /** A given version, as a request filled with it shows it. */
    public Optional<ProcedureVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Every version, oldest first. */
    public List<ProcedureVersion> versions() {
        return List.copyOf(versions);
    }

    public ProcedureVersion latest() {
        return versions.getLast();
    }
}
