package fr.guichet.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Agents extends JpaRepository<Agent, UUID> {

    Optional<Agent> findByEmailIgnoreCase(String email);

    Optional<Agent> findByInvitationHash(String invitationHash);

    Optional<Agent> findByProviderIssuerAndProviderSubject(String providerIssuer, String providerSubject);

    @Modifying
    @Query("update Agent a set a.providerIssuer = null, a.providerSubject = null where a.providerSubject is not null")
    int forgetProviderLinks();
}
