package fr.guichet.catalog;

import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowJson;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a procedure: its description, privacy notice, form definition (JSON, see docs/forms.md) and
 * workflow, frozen once published so that every request is always shown and processed with the version it was filled
 * with.
 */
@Entity
@Table(name = "procedure_versions")
public class ProcedureVersion {

    @Id
    private UUID id;
    @Column(name = "procedure_id")
    private UUID procedureId;
    private int number;
    @Embedded
    private ProcedureDescription description;
    @Embedded
    private @Nullable PrivacyNotice privacy;
    @Column(name = "form_json")
    private String formJson;
    @Enumerated(EnumType.STRING)
    private VersionState state;
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;
    /** The workflow's JSON (see {@link WorkflowJson}); null for the standard workflow. */
    @Column(name = "workflow_json")
    private @Nullable String workflowJson;
    @Transient
    private @Nullable Workflow workflow;

    protected ProcedureVersion() {
    }

    ProcedureVersion(UUID procedureId, int number, ProcedureDescription description, PrivacyNotice privacy,
            String formJson) {
        this.id = UUID.randomUUID();
        this.procedureId = procedureId;
        this.number = number;
        this.description = description;
        this.privacy = privacy;
        this.formJson = formJson;
        this.state = VersionState.DRAFT;
    }

    ProcedureVersion nextDraft() {
        ProcedureVersion next = new ProcedureVersion(procedureId, number + 1, description, privacy, formJson);
        next.workflowJson = workflowJson;
        return next;
    }

    void rewriteWorkflow(Workflow newWorkflow) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("Only a draft version can be rewritten");
        }
        this.workflowJson = newWorkflow.equals(Workflow.standard()) ? null : WorkflowJson.write(newWorkflow);
        this.workflow = newWorkflow;
    }

    void rewrite(ProcedureDescription newDescription, PrivacyNotice newPrivacy, String newFormJson) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("Only a draft version can be rewritten");
        }
        this.description = newDescription;
        this.privacy = newPrivacy;
        this.formJson = newFormJson;
    }

    void publish(Instant at) {
        this.state = VersionState.PUBLISHED;
        this.publishedAt = at;
    }

    void supersede() {
        this.state = VersionState.SUPERSEDED;
    }

    public int number() {
        return number;
    }

    public ProcedureDescription description() {
        return description;
    }

    /** The privacy notice; Hibernate reads an all-empty notice as null, which is an empty notice. */
    public PrivacyNotice privacy() {
        return privacy == null ? PrivacyNotice.empty() : privacy;
    }

    public String formJson() {
        return formJson;
    }

    /** The workflow its requests follow: the standard one unless the designers drew another. */
    public Workflow workflow() {
        if (workflow == null) {
            workflow = workflowJson == null ? Workflow.standard() : WorkflowJson.read(workflowJson);
        }
        return workflow;
    }

    public VersionState state() {
        return state;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }
}
