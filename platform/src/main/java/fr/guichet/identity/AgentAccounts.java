package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
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

    /** The tenant's agents, by name. */
    @TenantTransactional(readOnly = true)
    public List<AgentSummary> list() {
        return agents.findAll().stream().map(AgentSummary::of)
                .sorted(Comparator.comparing(AgentSummary::displayName)).toList();
    }

    /** The tenant's agents with these ids (unknown ids are left out). */
    @TenantTransactional(readOnly = true)
    public List<AgentSummary> withIds(Collection<UUID> ids) {
        return agents.findAllById(ids).stream().map(AgentSummary::of).toList();
    }

    /** The tenant's agent signed in with this e-mail, if any. */
    @TenantTransactional(readOnly = true)
    public Optional<AgentSummary> byEmail(String email) {
        return agents.findByEmailIgnoreCase(email.strip()).map(AgentSummary::of);
    }

    @PreAuthorize("hasAnyRole('AGENT', 'DESIGNER', 'ADMIN')")
    @TenantTransactional(readOnly = true)
    public long count() {
        return agents.count();
    }
}
