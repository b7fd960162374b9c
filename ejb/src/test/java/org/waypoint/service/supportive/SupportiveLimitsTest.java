package org.waypoint.service.supportive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The LWDA's supportive-service limits (20 CFR 680.910(b)) and the program year they run over. */
class SupportiveLimitsTest {

    @Test
    @DisplayName("within both the code's and the overall limit: approved as recorded")
    void withinTheLimits() {
        assertThat(SupportiveLimits.exceeded(d("100"), d("300"), d("200"), d("1000"), d("500")))
                .isEmpty();
    }

    @Test
    @DisplayName("past the code's limit for the program year: waits for the LWDA admin")
    void pastTheCodesLimit() {
        assertThat(SupportiveLimits.exceeded(d("100.01"), d("300"), d("200"), null, d("0")))
                .hasValueSatisfying(m -> assertThat(m).contains("$300", "this service"));
    }

    @Test
    @DisplayName("past the limit on all supportive services together: waits for the LWDA admin")
    void pastTheOverallLimit() {
        assertThat(SupportiveLimits.exceeded(d("600"), null, d("0"), d("1000"), d("500")))
                .hasValueSatisfying(m -> assertThat(m).contains("all supportive services"));
    }

    @Test
    @DisplayName("no limit set: the board set none, nothing waits")
    void noLimits() {
        assertThat(SupportiveLimits.exceeded(d("99999"), null, d("0"), null, d("0")))
                .isEmpty();
    }

    @Test
    @DisplayName("the WIOA program year runs July 1 to June 30")
    void programYear() {
        assertThat(SupportiveLimits.programYearStart(LocalDate.of(2026, 6, 30))).isEqualTo("2025-07-01");
        assertThat(SupportiveLimits.programYearStart(LocalDate.of(2026, 7, 1))).isEqualTo("2026-07-01");
        assertThat(SupportiveLimits.programYearEnd(LocalDate.of(2026, 12, 5))).isEqualTo("2027-06-30");
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
