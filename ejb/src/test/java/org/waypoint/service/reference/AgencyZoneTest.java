package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Which zone an agency's times show in. Kentucky is split between Eastern and Central time (15
 * U.S.C. 261 and the DOT's zone boundaries: Paducah, Hopkinsville, Owensboro and Bowling Green keep
 * Central), so an office's own zone wins over its state's; the state's wins over the default.
 */
class AgencyZoneTest {

    @Test
    void anOfficeZoneOverridesTheState() {
        assertThat(AgencyZone.resolve("America/Chicago", "America/New_York")).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void anOfficeWithoutAZoneKeepsTheState() {
        assertThat(AgencyZone.resolve(null, "America/Chicago")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(AgencyZone.resolve("  ", "America/Chicago")).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void withNeitherTheDefaultIsEastern() {
        assertThat(AgencyZone.resolve(null, null)).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void anUnreadableStoredZoneFallsBackInsteadOfFailingThePage() {
        assertThat(AgencyZone.resolve("Central", "America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void onlyRegionIdsMaybeSet() {
        assertThat(AgencyZone.problem("America/Chicago")).isEmpty();
        assertThat(AgencyZone.problem(" America/New_York ")).isEmpty();
        assertThat(AgencyZone.problem("CST")).isPresent();
        assertThat(AgencyZone.problem("-05:00")).isPresent();
        assertThat(AgencyZone.problem("America/Paducah")).get().asString().contains("America/Paducah");
        assertThat(AgencyZone.problem("")).isPresent();
    }
}
