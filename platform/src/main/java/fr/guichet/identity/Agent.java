package fr.guichet.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A town-hall agent with a local account, stored in the tenant's own schema. */
@Entity
@Table(name = "agents")
class Agent {

    @Id
    private UUID id;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    private String roles;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Agent() {
    }

    Agent(String email, String displayName, String passwordHash, Set<AgentRole> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.active = true;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    Set<AgentRole> roles() {
        if (roles.isBlank()) {
            return EnumSet.noneOf(AgentRole.class);
        }
        return Arrays.stream(roles.split(",")).map(AgentRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgentRole.class)));
    }
}
