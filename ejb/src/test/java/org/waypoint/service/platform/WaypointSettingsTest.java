package org.waypoint.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaypointSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("waypoint.test.setting");
    }

    @Test
    void aSettingsEnvironmentVariableIsItsKeyInCapitalsWithUnderscores() {
        assertThat(WaypointSettings.envName("waypoint.security.max-failed-logins"))
                .isEqualTo("WAYPOINT_SECURITY_MAX_FAILED_LOGINS");
    }

    @Test
    void aSystemPropertyIsReadAndTrimmed() {
        System.setProperty("waypoint.test.setting", " 7 ");
        assertThat(WaypointSettings.getInt("waypoint.test.setting", 5)).isEqualTo(7);
    }

    @Test
    void anAbsentOrBlankSettingTakesTheDefault() {
        assertThat(WaypointSettings.get("waypoint.test.setting", "fallback")).isEqualTo("fallback");
        System.setProperty("waypoint.test.setting", "  ");
        assertThat(WaypointSettings.getInt("waypoint.test.setting", 5)).isEqualTo(5);
    }

    @Test
    void aNumberSettingThatIsNotANumberNamesTheSetting() {
        System.setProperty("waypoint.test.setting", "five");
        assertThatThrownBy(() -> WaypointSettings.getInt("waypoint.test.setting", 5))
                .hasMessage("Setting waypoint.test.setting must be a whole number, not 'five'");
    }
}
