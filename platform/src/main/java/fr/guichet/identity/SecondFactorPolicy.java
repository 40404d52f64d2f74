package fr.guichet.identity;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The commune's « Exiger la double authentification »: when set, an agent without a second factor who signs in with
 * a password must enrol one before the session opens anything (agents signing in through their organisation's
 * identity provider are not concerned: that provider decides how they authenticate).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SecondFactorPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorPolicy.class);

    private final AccountSecurities policies;
    private final Clock clock;

    SecondFactorPolicy(AccountSecurities policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    public boolean required() {
        return policies.secondFactorRequired();
    }

    @TenantTransactional
    public void require(boolean required) {
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        AccountSecurity policy = policies.findById(AccountSecurity.ONLY)
                .orElseThrow(() -> new IllegalStateException("account_security has no row: tenant not migrated"));
        policy.requireSecondFactor(required, by, clock.instant());
        LOG.info("Second factor {} for every agent by {}", required ? "required" : "no longer required", by);
    }
}
