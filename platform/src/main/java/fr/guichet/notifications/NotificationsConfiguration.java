package fr.guichet.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {

    /** One poller per instance, for every tenant; off in tests, which deliver explicitly. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "guichet.notifications.poller.enabled", havingValue = "true")
    static class Poller {

        @Bean
        SchedulingConfigurer notificationPoller(NotificationOutbox outbox, NotificationsProperties properties) {
            return registrar -> registrar.addFixedDelayTask(() -> {
                outbox.deliverDue();
                outbox.purgeOld();
            }, properties.poller().interval());
        }
    }
}
