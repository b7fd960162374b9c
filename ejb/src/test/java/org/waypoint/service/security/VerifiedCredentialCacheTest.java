package org.waypoint.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.security.Role;

class VerifiedCredentialCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final StaffPrincipal CASEY =
            new StaffPrincipal(7L, "cm-bluegrass", "Casey Morgan", Role.CASE_MANAGER, 1L, "Bluegrass", "KY");

    private final VerifiedCredentialCache cache = new VerifiedCredentialCache();

    @Test
    void theSamePasswordWithinFiveSecondsNeedsNoDatabase() {
        cache.remember("cm-bluegrass", "Right-1".toCharArray(), "hash", CASEY, NOW);

        assertThat(cache.confirmed("cm-bluegrass", "Right-1".toCharArray(), NOW.plusSeconds(4)))
                .isEqualTo(CASEY);
    }

    @Test
    void afterFiveSecondsTheAccountIsReadAgainButThePasswordStaysVerifiedForAMinute() {
        cache.remember("cm-bluegrass", "Right-1".toCharArray(), "hash", CASEY, NOW);

        assertThat(cache.confirmed("cm-bluegrass", "Right-1".toCharArray(), NOW.plusSeconds(5)))
                .isNull();
        assertThat(cache.matches("cm-bluegrass", "Right-1".toCharArray(), "hash", NOW.plusSeconds(59)))
                .isTrue();
        assertThat(cache.matches("cm-bluegrass", "Right-1".toCharArray(), "hash", NOW.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void anotherPasswordAStoredHashChangeOrForgettingNeverMatch() {
        cache.remember("cm-bluegrass", "Right-1".toCharArray(), "hash", CASEY, NOW);

        assertThat(cache.confirmed("cm-bluegrass", "Wrong-1".toCharArray(), NOW))
                .isNull();
        assertThat(cache.matches("cm-bluegrass", "Right-1".toCharArray(), "new-hash", NOW))
                .isFalse();
        cache.forget("cm-bluegrass");
        assertThat(cache.confirmed("cm-bluegrass", "Right-1".toCharArray(), NOW))
                .isNull();
    }
}
