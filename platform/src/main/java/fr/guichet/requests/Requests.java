package fr.guichet.requests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Requests extends JpaRepository<Request, UUID>, JpaSpecificationExecutor<Request> {

    Optional<Request> findByReference(String reference);

    List<Request> findByCitizenIdOrderBySubmittedAtDesc(UUID citizenId);

    @Query("select r.status, count(r) from Request r where r.id in :ids group by r.status")
    List<Object[]> countByStatusAmong(List<UUID> ids);
}
