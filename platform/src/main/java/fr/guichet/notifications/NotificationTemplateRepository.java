package fr.guichet.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationTemplateRepository extends JpaRepository<NotificationTemplate, TemplateKey> {
}
