package fr.guichet.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a request's timeline, never changed once written. */
@Entity
@Table(name = "request_events")
public class RequestEvent {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    private int position;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    private String actor;
    @Column(name = "from_status")
    private @Nullable String fromStatus;
    @Column(name = "to_status")
    private @Nullable String toStatus;
    private @Nullable String text;
    @Column(name = "visible_to_citizen")
    private boolean visibleToCitizen;

    protected RequestEvent() {
    }

    RequestEvent(UUID requestId, int position, Instant at, EventKind kind, String actor, @Nullable String fromStatus,
            @Nullable String toStatus, @Nullable String text, boolean visibleToCitizen) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.position = position;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.text = text;
        this.visibleToCitizen = visibleToCitizen;
    }

    public Instant at() {
        return at;
    }

    public EventKind kind() {
        return kind;
    }

    /** Who acted: an agent's e-mail, {@code usager} for the citizen. */
    public String actor() {
        return actor;
    }

    public @Nullable String fromStatus() {
        return fromStatus;
    }

    public @Nullable String toStatus() {
        return toStatus;
    }

    public @Nullable String text() {
        return text;
    }

    public boolean visibleToCitizen() {
        return visibleToCitizen;
    }
}
