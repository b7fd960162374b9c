package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two youth 5% caps as the area sees them: counted over the program year, warned, never refused. */
class YouthCapStatusTest {

    private static YouthCapStatus caps(int youth, int exceptions) {
        return new YouthCapStatus("Bluegrass", 2026, youth, exceptions, 0, 0);
    }

    @Test
    @DisplayName("20 CFR 681.250(c): 1 exception in 40 youth leaves room for one more (2 of 41 is under 5%)")
    void wellWithinTheCapThereIsNoWarning() {
        assertThat(caps(40, 0).lowIncomeExceptionWarning()).isNull();
        assertThat(caps(40, 0).lowIncomeExceptionRoom()).isTrue();
    }

    @Test
    @DisplayName("20 CFR 681.250(c): when the one after next would pass 5%, the area is near the cap")
    void nearTheCap() {
        assertThat(caps(40, 1).lowIncomeExceptionRoom()).isTrue();
        assertThat(caps(40, 1).lowIncomeExceptionWarning()).contains("is near").contains("1 of 40 youth");
    }

    @Test
    @DisplayName("20 CFR 681.250(c): when one more would pass 5%, the cap is reached")
    void atTheCap() {
        assertThat(caps(20, 1).lowIncomeExceptionRoom()).isFalse();
        assertThat(caps(20, 1).lowIncomeExceptionWarning()).contains("is reached");
    }

    @Test
    @DisplayName("20 CFR 681.250(c): over 5% the area is told it must be back within the share by June 30")
    void overTheCap() {
        assertThat(caps(10, 1).lowIncomeExceptionWarning())
                .contains("is exceeded")
                .contains("June 30");
    }

    @Test
    @DisplayName("20 CFR 681.310(b): the in-school cap counts in-school youth only")
    void theInSchoolCapCountsInSchoolYouth() {
        YouthCapStatus caps = new YouthCapStatus("Bluegrass", 2026, 100, 0, 20, 1);
        assertThat(caps.additionalAssistanceRoom()).isFalse();
        assertThat(caps.additionalAssistanceWarning()).contains("is reached").contains("1 of 20 in-school youth");
    }

    @Test
    @DisplayName("A program year runs from July 1 to June 30 and is named by the year it starts")
    void programYear() {
        assertThat(YouthCapStatus.programYearOf(LocalDate.of(2026, 6, 30))).isEqualTo(2025);
        assertThat(YouthCapStatus.programYearOf(LocalDate.of(2026, 7, 1))).isEqualTo(2026);
    }
}
