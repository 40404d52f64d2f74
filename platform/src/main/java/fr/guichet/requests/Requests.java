package fr.guichet.requests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Requests extends JpaRepository<Request, UUID>, JpaSpecificationExecutor<Request> {

    Optional<Request> findByReference(String reference);

    long countByTeamIdAndClosedAtIsNull(UUID teamId);

    @Query("select r.procedureId from Request r where r.id = :id")
    Optional<UUID> procedureOf(UUID id);

    List<Request> findByCitizenIdOrderBySubmittedAtDesc(UUID citizenId);

    @Query("select r from Request r where r.citizenId is null and lower(r.contactEmail) = lower(:email)"
            + " order by r.submittedAt desc")
    List<Request> findByGuestEmail(String email);
}
