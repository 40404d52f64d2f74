package fr.guichet.teams;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A team of agents of the tenant and the procedures whose requests it processes. */
@Entity
@Table(name = "teams")
class Team {

    @Id
    private UUID id;
    private String name;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "agent_id")
    private Set<UUID> members = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_procedures", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "procedure_id")
    private Set<UUID> procedures = new HashSet<>();

    protected Team() {
    }

    Team(TeamChange change, Instant at) {
        this.id = UUID.randomUUID();
        this.createdAt = at;
        change(change);
    }

    /** Takes the name, members and procedures of {@code change}, already checked by the service. */
    void change(TeamChange change) {
        this.name = change.name().strip();
        this.members = new HashSet<>(change.members());
        this.procedures = new HashSet<>(change.procedures());
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    Set<UUID> members() {
        return Set.copyOf(members);
    }

    Set<UUID> procedures() {
        return Set.copyOf(procedures);
    }

    TeamSummary summary() {
        return new TeamSummary(id, name, procedures(), members());
    }
}
