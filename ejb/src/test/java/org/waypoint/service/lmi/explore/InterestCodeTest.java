package org.waypoint.service.lmi.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The interest code from six Interest Profiler scores, and codes as typed. */
class InterestCodeTest {

    @Test
    @DisplayName("The three strongest areas, strongest first: S 34, I 27, C 22 is SIC")
    void theThreeStrongestAreas() {
        assertThat(InterestCode.of(new int[] {15, 27, 9, 34, 12, 22})).isEqualTo("SIC");
        assertThat(InterestCode.of(new int[] {40, 0, 0, 0, 0, 39})).isEqualTo("RCI");
    }

    @Test
    @DisplayName("Equal scores are taken in RIASEC order, so the same scores always give the same code")
    void tiesInRiasecOrder() {
        assertThat(InterestCode.of(new int[] {10, 10, 10, 10, 10, 10})).isEqualTo("RIA");
        assertThat(InterestCode.of(new int[] {5, 20, 5, 20, 5, 20})).isEqualTo("ISC");
        assertThat(InterestCode.of(new int[] {0, 0, 0, 0, 30, 30})).isEqualTo("ECR");
    }

    @Test
    void sixScoresAreNeeded() {
        assertThatThrownBy(() -> InterestCode.of(new int[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A typed code is one to three distinct RIASEC letters, in any case")
    void typedCodes() {
        assertThat(InterestCode.parse("ria")).hasValue("RIA");
        assertThat(InterestCode.parse(" S ")).hasValue("S");
        assertThat(InterestCode.parse("CE")).hasValue("CE");
        assertThat(InterestCode.parse("RIAS")).isEmpty();
        assertThat(InterestCode.parse("RR")).isEmpty();
        assertThat(InterestCode.parse("RXA")).isEmpty();
        assertThat(InterestCode.parse("")).isEmpty();
        assertThat(InterestCode.parse(null)).isEmpty();
    }
}
