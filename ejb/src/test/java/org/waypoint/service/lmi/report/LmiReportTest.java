package org.waypoint.service.lmi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.lmi.report.LmiReportFixtures.PREPARED_ON;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.OccupationProfile;

class LmiReportTest {

    private static final OccupationProfile DENTAL = LmiReportFixtures.dentalAssistantsInBluegrass();

    @Test
    void noComparisonAndNoSideBySideAreEmpty() {
        LmiReport report = new LmiReport(null, "Pat Smith", PREPARED_ON, DENTAL, null, null);

        assertThat(report.sideBySide()).isEmpty();
        assertThat(report.comparisonRows()).isEmpty();
    }

    @Test
    void atMostFourOccupationsSideBySide() {
        List<OccupationProfile> four = Collections.nCopies(4, LmiReportFixtures.medicalAssistantsInBluegrass());
        List<OccupationProfile> five = Collections.nCopies(5, LmiReportFixtures.medicalAssistantsInBluegrass());

        assertThat(new LmiReport(null, "Pat Smith", PREPARED_ON, DENTAL, null, four).sideBySide())
                .hasSize(4);
        assertThatThrownBy(() -> new LmiReport(null, "Pat Smith", PREPARED_ON, DENTAL, null, five))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("At most 4 occupations side by side, not 5");
    }

    @Test
    void theProfileWhoAndWhenAreRequired() {
        assertThatThrownBy(() -> new LmiReport(null, "Pat Smith", PREPARED_ON, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("profile");
        assertThatThrownBy(() -> new LmiReport(null, null, PREPARED_ON, DENTAL, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("preparedBy");
        assertThatThrownBy(() -> new LmiReport(null, "Pat Smith", null, DENTAL, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("preparedOn");
    }
}
