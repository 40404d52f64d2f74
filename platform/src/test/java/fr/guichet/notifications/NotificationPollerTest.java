package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** The outbox is polled on a schedule only where configured: one poller per instance, none in tests. */
class NotificationPollerTest {

    private final NotificationOutbox outbox = mock(NotificationOutbox.class);
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(NotificationsConfiguration.class)
            .withBean(NotificationOutbox.class, () -> outbox);

    @Test
    void anEnabledPollerDeliversAndPurgesAtItsInterval() {
        context.withPropertyValues("guichet.notifications.poller.enabled=true",
                "guichet.notifications.poller.interval=50ms").run(running -> {
                    assertThat(running).hasSingleBean(SchedulingConfigurer.class);
                    verify(outbox, timeout(5_000).atLeast(2)).deliverDue();
                    verify(outbox, atLeast(1)).purgeOld();
                });
    }

    @Test
    void withoutTheSettingNothingIsScheduled() {
        context.run(running -> assertThat(running).doesNotHaveBean(SchedulingConfigurer.class));
    }
}
