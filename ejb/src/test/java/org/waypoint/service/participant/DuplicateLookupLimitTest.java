package org.waypoint.service.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 18: at most so many lookups that hit another LWDA per user in a sliding hour. */
class DuplicateLookupLimitTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private static List<Instant> minutesAgo(int... minutes) {
        return IntStream.of(minutes)
                .mapToObj(m -> NOW.minus(Duration.ofMinutes(m)))
                .toList();
    }

    @Test
    void theTenthLookupOfTheHourIsStillAnswered() {
        assertThat(DuplicateLookupLimit.retryAfterSeconds(minutesAgo(50, 40, 30, 20, 10, 9, 8, 7, 6), 10, NOW, HOUR))
                .isZero();
    }

    @Test
    void theEleventhWaitsUntilTheOldestIsAnHourOld() {
        assertThat(DuplicateLookupLimit.retryAfterSeconds(minutesAgo(50, 40, 30, 20, 10, 9, 8, 7, 6, 5), 10, NOW, HOUR))
                .isEqualTo(10 * 60 + 1);
    }

    @Test
    void aLimitOfZeroRefusesEveryLookup() {
        assertThat(DuplicateLookupLimit.retryAfterSeconds(List.of(), 0, NOW, HOUR))
                .isPositive();
    }
}
