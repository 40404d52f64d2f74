package fr.guichet.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A guest's tracking link, by the hash of its token, and the address it was sent to. */
@Entity
@Table(name = "guest_passes")
class GuestPass {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    private String email;
    @Column(name = "created_at")
    private Instant createdAt;

    protected GuestPass() {
    }

    GuestPass(String tokenHash, String email, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = createdAt;
    }

    String email() {
        return email;
    }
}
