package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Quarters after exit as TEGL 10-16, Change 1 counts them: calendar quarters after the exit's quarter. */
class CalendarQuarterTest {

    @Test
    void theQuarterOfADate() {
        assertThat(CalendarQuarter.of(LocalDate.of(2026, 1, 1))).isEqualTo(new CalendarQuarter(2026, 1));
        assertThat(CalendarQuarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new CalendarQuarter(2026, 1));
        assertThat(CalendarQuarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new CalendarQuarter(2026, 2));
        assertThat(CalendarQuarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(new CalendarQuarter(2026, 4));
    }

    @Test
    void anExitOnTheLastDayOfAQuarterHasItsFirstQuarterAfterExitNext() {
        // exit 2026-03-31 (Q1): the second quarter after exit (677.155(a)(1)(i)) is 2026 Q3
        assertThat(CalendarQuarter.afterExit(LocalDate.of(2026, 3, 31), 1)).isEqualTo(new CalendarQuarter(2026, 2));
        assertThat(CalendarQuarter.afterExit(LocalDate.of(2026, 3, 31), 2)).isEqualTo(new CalendarQuarter(2026, 3));
    }

    @Test
    void quartersAfterExitCrossTheYear() {
        // exit 2026-11-15 (Q4): the fourth quarter after exit (677.155(a)(1)(ii)) is 2027 Q4
        assertThat(CalendarQuarter.afterExit(LocalDate.of(2026, 11, 15), 1)).isEqualTo(new CalendarQuarter(2027, 1));
        assertThat(CalendarQuarter.afterExit(LocalDate.of(2026, 11, 15), 4)).isEqualTo(new CalendarQuarter(2027, 4));
        assertThat(new CalendarQuarter(2027, 1).plus(-1)).isEqualTo(new CalendarQuarter(2026, 4));
    }

    @Test
    void firstAndLastDaysAndDistance() {
        CalendarQuarter q = new CalendarQuarter(2028, 1);
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(new CalendarQuarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(q.contains(LocalDate.of(2028, 4, 1))).isFalse();
        assertThat(new CalendarQuarter(2026, 3).quartersUntil(q)).isEqualTo(6);
        assertThat(q.toString()).isEqualTo("2028 Q1");
    }

    @Test
    void thereIsNoFifthQuarter() {
        assertThatThrownBy(() -> new CalendarQuarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
