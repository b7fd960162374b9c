package org.waypoint.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Demo users: only on the embedded database, and only in demo mode. */
class StartupAccountsTest {

    @Test
    void demoModeOnTheEmbeddedDatabaseCreatesDemoUsers() {
        assertThat(StartupAccounts.demoAllowed(true, true)).isTrue();
    }

    @Test
    void demoModeOnAProductionDatabaseIsRefused() {
        assertThat(StartupAccounts.demoAllowed(true, false)).isFalse();
    }

    @Test
    void productionModeNeverCreatesDemoUsers() {
        assertThat(StartupAccounts.demoAllowed(false, true)).isFalse();
        assertThat(StartupAccounts.demoAllowed(false, false)).isFalse();
    }

    @Test
    void theModeIsDemoOrProductionAndNothingElse() {
        assertThat(StartupAccounts.isDemoRequested("demo")).isTrue();
        assertThat(StartupAccounts.isDemoRequested(" Production ")).isFalse();
        assertThatThrownBy(() -> StartupAccounts.isDemoRequested("prod"))
                .hasMessageContaining("waypoint.mode must be demo or production");
    }
}
