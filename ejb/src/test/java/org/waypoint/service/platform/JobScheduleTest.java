package org.waypoint.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The time a daily job runs, as an operator sets it (WAYPOINT_EXIT_SCHEDULE,
 * WAYPOINT_TASK_DIGEST_SCHEDULE), read into the EJB calendar (Jakarta Enterprise Beans 4.0, §13.3
 * "Calendar Based Timer Expressions").
 */
class JobScheduleTest {

    private static final String SETTING = "waypoint.exit.schedule";

    @AfterEach
    void clear() {
        System.clearProperty(SETTING);
    }

    @Test
    void aTimeOfDayRunsOnceADayAtThatMinute() {
        ScheduleExpression at = JobSchedule.parse(SETTING, "01:30").expression();
        assertThat(at.getHour()).isEqualTo("1");
        assertThat(at.getMinute()).isEqualTo("30");
        assertThat(at.getSecond()).isEqualTo("0");
        assertThat(at.getDayOfMonth()).isEqualTo("*");
        assertThat(at.getDayOfWeek()).isEqualTo("*");
        assertThat(at.getMonth()).isEqualTo("*");
    }

    @Test
    void writtenBackAsTheOperatorWritesIt() {
        assertThat(JobSchedule.parse(SETTING, "1:30")).hasToString("01:30");
        assertThat(JobSchedule.parse(SETTING, " 23:05 ")).hasToString("23:05");
        assertThat(JobSchedule.parse(SETTING, "*:*")).hasToString("*:*");
    }

    @Test
    void theCalendarsRepeatFormsRunItMoreOften() {
        ScheduleExpression everyMinute = JobSchedule.parse(SETTING, "*:*").expression();
        assertThat(everyMinute.getHour()).isEqualTo("*");
        assertThat(everyMinute.getMinute()).isEqualTo("*");
        ScheduleExpression everyTwoHours = JobSchedule.parse(SETTING, "*/2:15").expression();
        assertThat(everyTwoHours.getHour()).isEqualTo("*/2");
        assertThat(everyTwoHours.getMinute()).isEqualTo("15");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "1", "0130", "24:00", "12:60", "1:30:00", "6am", "*/0:00", "*/24:00", "a:b", "-1:30", "1 :30"
            })
    void anythingElseStopsTheStartNamingTheSettingAndItsForm(String value) {
        assertThatThrownBy(() -> JobSchedule.parse(SETTING, value))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("waypoint.exit.schedule (WAYPOINT_EXIT_SCHEDULE)")
                .hasMessageContaining("HH:MM")
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void theDefaultHoldsUntilTheOperatorSetsATime() {
        assertThat(JobSchedule.of(SETTING, "01:30")).hasToString("01:30");
        System.setProperty(SETTING, "02:45");
        assertThat(JobSchedule.of(SETTING, "01:30")).hasToString("02:45");
    }
}
