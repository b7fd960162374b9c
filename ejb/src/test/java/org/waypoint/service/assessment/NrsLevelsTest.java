package org.waypoint.service.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;

/**
 * The NRS educational functioning levels by scale score (34 CFR 462.44; NRS Technical Assistance
 * Guide, Exhibit 2.1, with the TABE 11/12 and CASAS NRS tables), and the checks of a typed result.
 */
class NrsLevelsTest {

    @Test
    void tabeReadingCutPointsFollowTheNrsTable() {
        // TABE 11/12 reading: 300-441, 442-500, 501-535, 536-575, 576-616, 617-800
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.READING, 441))
                .isEqualTo(1);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.READING, 442))
                .isEqualTo(2);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.READING, 535))
                .isEqualTo(3);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.READING, 575))
                .isEqualTo(4);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.READING, 576))
                .isEqualTo(5);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.READING, 617))
                .isEqualTo(6);
    }

    @Test
    void tabeMathAndLanguageHaveTheirOwnCutPoints() {
        // TABE 11/12 math: level 4 is 537-595; language: level 4 is 547-583
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.MATH, 540))
                .isEqualTo(4);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.MATH, 596))
                .isEqualTo(5);
        assertThat(NrsLevels.levelOf(TestInstrument.TABE, TestSubject.LANGUAGE, 540))
                .isEqualTo(3);
        assertThat(NrsLevels.range(TestInstrument.TABE, TestSubject.LANGUAGE, 4))
                .isEqualTo("547-583");
    }

    @Test
    void casasBenchmarksOfExhibit21() {
        // CASAS: 200 and below, 201-210, 211-220, 221-235, 236-245, 246 and above
        assertThat(NrsLevels.levelOf(TestInstrument.CASAS, TestSubject.READING, 200))
                .isEqualTo(1);
        assertThat(NrsLevels.levelOf(TestInstrument.CASAS, TestSubject.READING, 201))
                .isEqualTo(2);
        assertThat(NrsLevels.levelOf(TestInstrument.CASAS, TestSubject.MATH, 235))
                .isEqualTo(4);
        assertThat(NrsLevels.levelOf(TestInstrument.CASAS, TestSubject.LANGUAGE, 246))
                .isEqualTo(6);
    }

    @Test
    void aLevelOfSevenIsAFieldErrorNotASix() {
        assertThat(NrsLevels.check(TestInstrument.TABE, TestSubject.READING, 650, 7))
                .containsOnlyKeys("functioningLevel")
                .extractingByKey("functioningLevel")
                .asString()
                .contains("1 to 6", "7");
    }

    @Test
    void aLevelThatDoesNotMatchTheScoreIsRefusedNamingTheRightOne() {
        assertThat(NrsLevels.check(TestInstrument.TABE, TestSubject.READING, 520, 4))
                .extractingByKey("functioningLevel")
                .asString()
                .contains("TABE 11/12 reading 520 is NRS level 3 (501-535)", "Exhibit 2.1");
        assertThat(NrsLevels.check(TestInstrument.TABE, TestSubject.READING, 520, 3))
                .isEmpty();
    }

    @Test
    void aScoreOffTheTestsScaleIsAScoreError() {
        assertThat(NrsLevels.check(TestInstrument.TABE, TestSubject.MATH, 250, 1))
                .containsOnlyKeys("scaleScore");
        assertThat(NrsLevels.check(TestInstrument.CASAS, TestSubject.READING, 540, 6))
                .as("a TABE score typed as CASAS")
                .containsOnlyKeys("scaleScore");
    }
}
