package fr.guichet.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Procedures extends JpaRepository<Procedure, UUID> {

    Optional<Procedure> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Procedure> findByStatusOrderBySlug(ProcedureStatus status);
}
