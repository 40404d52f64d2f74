package fr.guichet.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.RepeatedTest;

class RetryScheduleTest {

    @RepeatedTest(20)
    void retriesBackOffExponentiallyWithJitterUpToTheMaximum() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(6));
        Instant failedAt = Instant.parse("2026-11-28T10:00:00Z");

        assertThat(Duration.between(failedAt, schedule.after(1, failedAt)))
                .isBetween(Duration.ofSeconds(45), Duration.ofSeconds(75));
        assertThat(Duration.between(failedAt, schedule.after(4, failedAt)))
                .isBetween(Duration.ofMinutes(6), Duration.ofMinutes(10));
        assertThat(Duration.between(failedAt, schedule.after(40, failedAt)))
                .isBetween(Duration.ofMinutes(270), Duration.ofMinutes(450));
    }
}
