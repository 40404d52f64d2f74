package fr.guichet.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Procedures extends JpaRepository<Procedure, UUID> {

    /** With its versions in the same query (they are always loaded: one statement instead of two per submission). */
    @EntityGraph(attributePaths = "versions")
    Optional<Procedure> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Procedure> findByStatusOrderBySlug(ProcedureStatus status);

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever no procedure of the tenant uses yet. */
    default String freeSlug(String base) {
        String candidate = base;
        for (int i = 2; existsBySlug(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
