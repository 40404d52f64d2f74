package fr.guichet.identity;

import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of tenant-admin: platform operators and EPCI administrators (control plane). Five wrong passwords in a
 * row lock an account for 15 minutes, refused before its password is checked; a platform operator may unlock another
 * account sooner (decision 023).
 */
@Service
public class OperatorAccounts {

    /** Consecutive wrong passwords that lock the account. */
    static final int LOCK_AFTER = 5;
    /** How long a locked account stays locked unless an operator unlocks it. */
    static final Duration LOCKED_FOR = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    OperatorAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates an operator unless one exists with this email; {@code epciScope} limits it to one EPCI. */
    @Transactional
    public void ensureOperator(String email, String displayName, String rawPassword, @Nullable TenantId epciScope) {
        if (rawPassword.length() < 12) {
            throw new IllegalArgumentException("Operator passwords need at least 12 characters");
        }
        jdbc.sql("""
                INSERT INTO platform.operators (id, email, display_name, password_hash, scope_tenant_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING
                """)
                .param(UUID.randomUUID()).param(email.strip().toLowerCase(Locale.ROOT)).param(displayName)
                .param(passwords.encode(rawPassword)).param(epciScope == null ? null : epciScope.value())
                .param(Timestamp.from(clock.instant())).update();
    }

    /** Every operator and EPCI administrator, by address, for the platform's operators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OPERATOR')")
    public List<OperatorAccount> list() {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT o.email, o.display_name, t.official_name AS epci, o.locked_until FROM platform.operators o
                LEFT JOIN platform.tenants t ON t.id = o.scope_tenant_id ORDER BY o.email""")
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new OperatorAccount(rs.getString("email"), rs.getString("display_name"),
                            rs.getString("epci"), locked == null || !locked.toInstant().isAfter(now) ? null
                                    : locked.toInstant());
                }).list();
    }

    /** Lifts a lock before it expires by itself. */
    @Transactional
    @PreAuthorize("hasRole('OPERATOR')")
    public void unlock(String email) {
        signedIn(email);
        LOG.info("Operator account {} unlocked by {}", email,
                SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** A wrong password (or an unknown address, which changes nothing): the fifth in a row locks the account. */
    @Transactional
    void signInFailed(String email) {
        Instant now = clock.instant();
        int locked = jdbc.sql("""
                UPDATE platform.operators SET
                    locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END,
                    failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ? THEN 0 ELSE failed_sign_ins + 1 END
                WHERE email = ? RETURNING locked_until""")
                .param(LOCK_AFTER).param(Timestamp.from(now.plus(LOCKED_FOR))).param(LOCK_AFTER)
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query((rs, n) -> rs.getTimestamp(1)).list().stream()
                .filter(until -> until != null && until.toInstant().isAfter(now)).toList().size();
        if (locked > 0) {
            LOG.warn("Operator account {} locked after {} wrong passwords", email, LOCK_AFTER);
        }
    }

    /** A right password (or an unlock): the count starts again. */
    @Transactional
    void signedIn(String email) {
        jdbc.sql("UPDATE platform.operators SET failed_sign_ins = 0, locked_until = NULL WHERE email = ?")
                .param(email.strip().toLowerCase(Locale.ROOT)).update();
    }

    Optional<GuichetUser> findForSignIn(String email) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT email, display_name, password_hash, scope_tenant_id, locked_until FROM platform.operators
                WHERE email = ?""")
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query((rs, n) -> {
                    UUID scope = rs.getObject("scope_tenant_id", UUID.class);
                    List<GrantedAuthority> authorities = new ArrayList<>();
                    if (scope == null) {
                        authorities.add(new SimpleGrantedAuthority("ROLE_OPERATOR"));
                    } else {
                        authorities.add(new SimpleGrantedAuthority("ROLE_EPCI_ADMIN"));
                        authorities.add(new SimpleGrantedAuthority(OperatorScopes.EPCI_SCOPE + scope));
                    }
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new GuichetUser(rs.getString("email"), rs.getString("password_hash"), true,
                            locked == null || !locked.toInstant().isAfter(now), authorities,
                            GuichetUser.OPERATOR_REALM, rs.getString("display_name"));
                }).optional();
    }
}
