package fr.guichet.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * A town-hall agent with a local account, stored in the tenant's own schema. An administrator invites the agent, who
 * chooses a password from the invitation's link; five wrong passwords in a row lock the account for a quarter of an
 * hour (an administrator may unlock it sooner); an administrator may deactivate it.
 */
@Entity
@Table(name = "agents")
class Agent {

    @Id
    private UUID id;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private @Nullable String passwordHash;
    private String roles;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    // Sign-in bookkeeping does not count as a change of the account: an administrator's change is not refused
    // because the agent signed in (or mistyped) since the administrator's page was loaded.
    @Column(name = "failed_sign_ins")
    @OptimisticLock(excluded = true)
    private int failedSignIns;
    @Column(name = "locked_until")
    @OptimisticLock(excluded = true)
    private @Nullable Instant lockedUntil;
    @Column(name = "last_sign_in_at")
    @OptimisticLock(excluded = true)
    private @Nullable Instant lastSignInAt;
    @Column(name = "invitation_hash")
    private @Nullable String invitationHash;
    @Column(name = "invitation_expires_at")
    private @Nullable Instant invitationExpiresAt;
    @Column(name = "invited_by")
    private @Nullable String invitedBy;
    /** Encrypted with {@code SecretKeys}, bound to the tenant id: see {@link SecondFactors}. */
    @Column(name = "totp_secret")
    private @Nullable String totpSecret;
    @Column(name = "totp_enabled_at")
    private @Nullable Instant totpEnabledAt;
    @Column(name = "totp_last_step")
    @OptimisticLock(excluded = true)
    private @Nullable Long totpLastStep;
    @ElementCollection
    @CollectionTable(name = "agent_recovery_codes", joinColumns = @JoinColumn(name = "agent_id"))
    @OptimisticLock(excluded = true)
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();
    @Version
    private long version;

    protected Agent() {
    }

    /** Consecutive wrong passwords that lock the account. */
    static final int LOCK_AFTER = 5;
    /** How long a locked account stays locked unless an administrator unlocks it. */
    static final Duration LOCKED_FOR = Duration.ofMinutes(15);
    /** How long an invitation's link works. */
    static final Duration INVITATION_VALID = Duration.ofDays(7);

    Agent(String email, String displayName, @Nullable String passwordHash, Set<AgentRole> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = joined(roles);
        this.active = true;
        this.createdAt = createdAt;
    }

    /** An agent invited by {@code by}, who has no password until they accept; returns the invitation's token. */
    static Invited invite(String email, String displayName, Set<AgentRole> roles, String by, Instant now) {
        Agent agent = new Agent(email, displayName, null, roles, now);
        agent.invitedBy = by;
        return new Invited(agent, agent.renewInvitation(now));
    }

    record Invited(Agent agent, String token) {
    }

    /** A new invitation link (the previous one stops working); returns its token. */
    String renewInvitation(Instant now) {
        String token = SecretTokens.newToken();
        invitationHash = SecretTokens.hash(token);
        invitationExpiresAt = now.plus(INVITATION_VALID);
        return token;
    }

    boolean invitationValidAt(Instant now) {
        return invitationHash != null && invitationExpiresAt != null && invitationExpiresAt.isAfter(now);
    }

    /** The invited agent chose a password (already checked against {@link PasswordRules}). */
    void acceptInvitation(String newPasswordHash) {
        passwordHash = newPasswordHash;
        invitationHash = null;
        invitationExpiresAt = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A wrong password: the fifth in a row locks the account for {@link #LOCKED_FOR}. */
    void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= LOCK_AFTER) {
            lockedUntil = now.plus(LOCKED_FOR);
            failedSignIns = 0;
        }
    }

    void signedIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    @Nullable String encryptedTotpSecret() {
        return totpSecret;
    }

    long totpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    /** The agent confirmed a new TOTP secret with a first code of {@code step}; replaces any recovery codes. */
    void enableSecondFactor(String encryptedSecret, long step, List<String> recoveryCodeHashes, Instant now) {
        totpSecret = encryptedSecret;
        totpEnabledAt = now;
        totpLastStep = step;
        recoveryCodes.clear();
        recoveryCodeHashes.forEach(hash -> recoveryCodes.add(new RecoveryCode(hash)));
    }

    /** A code of {@code step} was accepted: codes of that step and earlier ones are refused from now on. */
    void totpCodeUsed(long step) {
        totpLastStep = step;
    }

    /** Spends the recovery code with this hash; false when there is none or it was used already. */
    boolean useRecoveryCode(String hash, Instant now) {
        return recoveryCodes.stream().filter(code -> code.matches(hash)).findFirst()
                .map(code -> code.use(now)).orElse(false);
    }

    int recoveryCodesLeft() {
        return (int) recoveryCodes.stream().filter(RecoveryCode::unused).count();
    }

    /** An administrator's reset: the agent signs in with the password alone, or enrols again if required. */
    void resetSecondFactor() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
        recoveryCodes.clear();
    }

    void changeRoles(Set<AgentRole> newRoles) {
        roles = joined(newRoles);
    }

    void deactivate() {
        active = false;
        invitationHash = null;
        invitationExpiresAt = null;
    }

    void reactivate() {
        active = true;
    }

    AgentStatus statusAt(Instant now) {
        if (!active) {
            return AgentStatus.DEACTIVATED;
        }
        if (passwordHash == null) {
            return invitationValidAt(now) ? AgentStatus.INVITED : AgentStatus.INVITATION_EXPIRED;
        }
        return isLockedAt(now) ? AgentStatus.LOCKED : AgentStatus.ACTIVE;
    }

    AgentAccount asAccount(Instant now) {
        return new AgentAccount(id, email, displayName, roles(), statusAt(now), lockedUntil, lastSignInAt,
                hasSecondFactor(), version);
    }

    long version() {
        return version;
    }

    private static String joined(Set<AgentRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
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

    /** The password's hash, or null while the agent has not accepted the invitation. */
    @Nullable String passwordHash() {
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
