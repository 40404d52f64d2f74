package fr.guichet.identity;

import fr.guichet.tenancy.OperatorScopes;
import fr.guichet.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of tenant-admin: platform operators and EPCI administrators (control plane). */
@Service
public class OperatorAccounts {

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

    Optional<GuichetUser> findForSignIn(String email) {
        return jdbc.sql("SELECT email, display_name, password_hash, scope_tenant_id FROM platform.operators WHERE email = ?")
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
                    return new GuichetUser(rs.getString("email"), rs.getString("password_hash"), true, authorities,
                            GuichetUser.OPERATOR_REALM, rs.getString("display_name"));
                }).optional();
    }
}
