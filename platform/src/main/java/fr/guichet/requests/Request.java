package fr.guichet.requests;

import fr.guichet.identity.ContactChannel;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A request (demande): the answers given with one procedure version, its status in the workflow and its timeline.
 * Every change goes through a method that checks the workflow and appends to the timeline; {@code @Version} makes
 * two agents acting at once a clear conflict instead of a lost update.
 */
@Entity
@Table(name = "requests")
public class Request {

    /** The actor name of the citizen in the timeline. */
    public static final String CITIZEN = "usager";

    @Id
    private UUID id;
    private String reference;
    @Column(name = "procedure_id")
    private UUID procedureId;
    @Column(name = "procedure_version")
    private int procedureVersion;
    @Column(name = "procedure_title")
    private String procedureTitle;
    private String status;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "citizen_id")
    private @Nullable UUID citizenId;
    @Column(name = "contact_name")
    private @Nullable String contactName;
    @Column(name = "contact_email")
    private @Nullable String contactEmail;
    @Column(name = "contact_phone")
    private @Nullable String contactPhone;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private ContactChannel preferredChannel = ContactChannel.EMAIL;
    @Column(name = "answers_json")
    private String answersJson;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "due_at")
    private @Nullable Instant dueAt;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;
    private @Nullable String assignee;
    @Column(name = "team_id")
    private @Nullable UUID teamId;
    @Column(name = "registered_by")
    private @Nullable String registeredBy;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", insertable = false, updatable = false)
    // Reindexing loads requests by the hundred: their timelines come in one query per batch, not one per request.
    @BatchSize(size = 100)
    @OrderBy("position")
    private List<RequestEvent> events = new ArrayList<>();

    protected Request() {
    }

    Request(String reference, RequestOrigin origin, String answersJson, Workflow workflow, Instant at,
            @Nullable Integer processingDays) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.procedureId = origin.procedureId();
        this.procedureVersion = origin.procedureVersion();
        this.procedureTitle = origin.procedureTitle();
        this.channel = origin.channel();
        this.citizenId = origin.requester().citizenId();
        this.contactName = origin.requester().name();
        this.contactEmail = origin.requester().email();
        this.registeredBy = origin.registeredBy();
        this.answersJson = answersJson;
        this.status = workflow.initial();
        this.submittedAt = at;
        this.updatedAt = at;
        this.dueAt = processingDays == null ? null : at.plus(Duration.ofDays(processingDays));
        String actor = registeredBy == null ? CITIZEN : registeredBy;
        record(at, EventKind.SUBMITTED, actor, null, status, null, true);
    }

    /**
     * Moves the request along {@code transition}, checked against the workflow: the transition must leave from the
     * current status and a required comment must be given.
     */
    void move(Workflow workflow, Transition transition, String actor, @Nullable String comment, Instant at) {
        if (closedAt != null || !transition.from().contains(status)) {
            throw new TransitionRefused("Cette action n’est plus possible : la demande est « "
                    + workflow.agentLabel(status) + " ».");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (transition.commentRequired() && text == null && transition.byCitizen()) {
            throw new TransitionRefused("Écrivez votre réponse avant de l’envoyer.");
        }
        if (transition.commentRequired() && text == null) {
            throw new TransitionRefused("« " + transition.label() + " » demande un commentaire : "
                    + (transition.commentVisibleToCitizen() ? "il sera transmis à l’usager." : "précisez la raison."));
        }
        String from = status;
        status = transition.to();
        WorkflowState entered = workflow.state(status).orElseThrow();
        if (entered.deadlineDays() > 0) {
            dueAt = at.plus(Duration.ofDays(entered.deadlineDays()));
        }
        if (entered.closing()) {
            closedAt = at;
        }
        record(at, EventKind.TRANSITION, actor, from, status, text, transition.commentVisibleToCitizen());
    }

    /** How a citizen with an account asked to be told: their profile's channel and phone when they submitted. */
    void reachBy(ContactChannel channel, @Nullable String phone) {
        this.preferredChannel = channel;
        this.contactPhone = phone;
    }

    /** A document was issued to the request (shown to the citizen with the title). */
    void documentIssued(String actor, String title, Instant at) {
        record(at, EventKind.DOCUMENT_ISSUED, actor, null, null, title, true);
    }

    /** A letter to the citizen was posted. */
    void letterSent(String agent, String title, Instant at) {
        record(at, EventKind.LETTER_SENT, agent, null, null, title, true);
    }

    void addNote(String agent, String text, Instant at) {
        record(at, EventKind.NOTE, agent, null, null, requireText(text), false);
    }

    void messageToCitizen(String agent, String text, Instant at) {
        record(at, EventKind.MESSAGE_TO_CITIZEN, agent, null, null, requireText(text), true);
    }

    void messageFromCitizen(String text, Instant at) {
        record(at, EventKind.MESSAGE_FROM_CITIZEN, CITIZEN, null, null, requireText(text), true);
    }

    void assignTo(@Nullable String agent, String by, Instant at) {
        assignee = agent;
        record(at, EventKind.ASSIGNED, by, null, null, agent, false);
    }

    /** Assigns the request to a team ({@code name} for the timeline), or to no team with {@code null}. */
    void assignToTeam(@Nullable UUID team, @Nullable String name, String by, Instant at) {
        teamId = team;
        record(at, EventKind.TEAM_ASSIGNED, by, null, null, team == null ? null : name, false);
    }

    private void record(Instant at, EventKind kind, String actor, @Nullable String from, @Nullable String to,
            @Nullable String text, boolean visible) {
        events.add(new RequestEvent(id, events.size(), at, kind, actor, from, to, text, visible));
        updatedAt = at;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefused("Le message est vide : écrivez-le avant de l’envoyer.");
        }
        if (text.length() > 10_000) {
            throw new TransitionRefused("Le message dépasse 10 000 caractères : raccourcissez-le.");
        }
        return text.strip();
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID procedureId() {
        return procedureId;
    }

    public int procedureVersion() {
        return procedureVersion;
    }

    public String procedureTitle() {
        return procedureTitle;
    }

    public String status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public @Nullable UUID citizenId() {
        return citizenId;
    }

    public @Nullable String contactName() {
        return contactName;
    }

    public @Nullable String contactEmail() {
        return contactEmail;
    }

    public @Nullable String contactPhone() {
        return contactPhone;
    }

    public ContactChannel preferredChannel() {
        return preferredChannel;
    }

    public String answersJson() {
        return answersJson;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable String assignee() {
        return assignee;
    }

    /** The team the request is assigned to, if any. */
    public @Nullable UUID teamId() {
        return teamId;
    }

    public @Nullable String registeredBy() {
        return registeredBy;
    }

    public long lockVersion() {
        return version;
    }

    /** Whether the processing target has passed while the request is still open. */
    public boolean overdue(Instant now) {
        return closedAt == null && dueAt != null && dueAt.isBefore(now);
    }

    public List<RequestEvent> events() {
        return List.copyOf(events);
    }
}
