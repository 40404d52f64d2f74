package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Local agent accounts of the current tenant. */
@Service
public class AgentAccounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Agents agents;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AgentAccounts(Agents agents, PasswordEncoder passwords, Clock clock) {
        this.agents = agents;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an agent account in the current tenant; harmless if one already exists with this email (start-up
     * seeding may run twice).
     */
    @TenantTransactional
    public void ensureAgent(String email, String displayName, String rawPassword, Set<AgentRole> roles) {
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException("Invalid agent email: " + email);
        }
        if (rawPassword.length() < 12) {
            throw new IllegalArgumentException("Agent passwords need at least 12 characters");
        }
        if (agents.findByEmailIgnoreCase(email.strip()).isEmpty()) {
            agents.save(new Agent(email, displayName, passwords.encode(rawPassword), roles, clock.instant()));
        }
    }

    @TenantTransactional(readOnly = true)
    public long count() {
        return agents.count();
    }
}
