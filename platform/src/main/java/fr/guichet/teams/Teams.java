package fr.guichet.teams;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Teams extends JpaRepository<Team, UUID> {

    Optional<Team> findByNameIgnoreCase(String name);

    List<Team> findAllByOrderByNameAsc();

    @Query("select distinct t from Team t join t.members m where m = :agent")
    List<Team> withMember(UUID agent);

    @Query("select distinct t from Team t join t.procedures p where p = :procedure order by t.name")
    List<Team> processing(UUID procedure);
}
