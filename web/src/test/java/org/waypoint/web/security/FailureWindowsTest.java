package org.waypoint.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 18, credential stuffing: failed sign-ins counted per key in a sliding window. */
class FailureWindowsTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-12-06T03:00:00Z");

    private final FailureWindows windows = new FailureWindows();

    @Test
    void belowTheLimitAKeyMayTry() {
        for (int i = 0; i < 9; i++) {
            windows.failed("10.0.0.1", MINUTE, T0.plusSeconds(i));
        }
        assertThat(windows.retryAfterSeconds("10.0.0.1", 10, MINUTE, T0.plusSeconds(10)))
                .isZero();
        assertThat(windows.retryAfterSeconds("10.0.0.2", 10, MINUTE, T0.plusSeconds(10)))
                .isZero();
    }

    @Test
    void atTheLimitItWaitsUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            windows.failed("10.0.0.1", MINUTE, T0.plusSeconds(i));
        }
        // the first failure (T0) leaves the window at T0 + 60 s
        assertThat(windows.retryAfterSeconds("10.0.0.1", 10, MINUTE, T0.plusSeconds(20)))
                .isBetween(40L, 41L);
        assertThat(windows.retryAfterSeconds("10.0.0.1", 10, MINUTE, T0.plusSeconds(61)))
                .isZero();
    }

    @Test
    void moreFailuresThanTheLimitWaitForTheOneWhoseLeavingFreesASlot() {
        for (int i = 0; i < 12; i++) {
            windows.failed("k", MINUTE, T0.plusSeconds(i));
        }
        // 12 counted, limit 10: three must leave, the third (T0 + 2 s) at T0 + 62 s
        assertThat(windows.retryAfterSeconds("k", 10, MINUTE, T0.plusSeconds(30)))
                .isBetween(32L, 33L);
    }
}
