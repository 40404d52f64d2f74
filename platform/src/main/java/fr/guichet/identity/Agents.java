package fr.guichet.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agents extends JpaRepository<Agent, UUID> {

    Optional<Agent> findByEmailIgnoreCase(String email);

    Optional<Agent> findByInvitationHash(String invitationHash);

    Optional<Agent> findByProviderIssuerAndProviderSubject(String providerIssuer, String providerSubject);
}
