package fr.guichet.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of an agent's recovery codes (its SHA-256 only), usable once instead of a TOTP code. */
@Embeddable
class RecoveryCode {

    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(String codeHash) {
        this.codeHash = codeHash;
    }

    boolean matches(String hash) {
        return codeHash.equals(hash);
    }

    boolean unused() {
        return usedAt == null;
    }

    boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }
}
