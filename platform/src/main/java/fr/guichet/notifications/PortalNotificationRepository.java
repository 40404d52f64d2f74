package fr.guichet.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortalNotificationRepository extends JpaRepository<PortalNotification, UUID> {

    List<PortalNotification> findByCitizenIdOrderByCreatedAtDesc(UUID citizenId, Limit limit);

    long countByCitizenIdAndReadAtIsNull(UUID citizenId);

    @Modifying
    @Query("UPDATE PortalNotification n SET n.readAt = :at WHERE n.citizenId = :citizen AND n.readAt IS NULL")
    int markAllRead(UUID citizen, Instant at);
}
