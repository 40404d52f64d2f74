package fr.guichet.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The commune's sign-in policy (one row per tenant schema): whether every agent needs a second factor. */
@Entity
@Table(name = "account_security")
class AccountSecurity {

    static final short ONLY = 1;

    @Id
    private short id;
    @Column(name = "second_factor_required")
    private boolean secondFactorRequired;
    @Column(name = "changed_by")
    private @Nullable String changedBy;
    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    protected AccountSecurity() {
    }

    boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    void requireSecondFactor(boolean required, String by, Instant now) {
        secondFactorRequired = required;
        changedBy = by;
        changedAt = now;
    }
}
