package fr.guichet.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Citizens extends JpaRepository<Citizen, UUID> {

    /** Served by the unique index on {@code lower(email)}. */
    @Query("select c from Citizen c where lower(c.email) = lower(:email)")
    Optional<Citizen> findByEmail(String email);

    @Query("select c from Citizen c where c.franceConnectSubject = :subject")
    Optional<Citizen> findByFranceConnectSubject(String subject);

    Optional<Citizen> findByVerificationTokenHash(String tokenHash);
}
