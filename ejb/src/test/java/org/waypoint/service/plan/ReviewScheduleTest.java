package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kentucky 24-003: the IEP or ISS is reviewed at least every 90 days. */
class ReviewScheduleTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 9, 1);

    @Test
    void ninetyDaysFromTheSignedVersion() {
        assertThat(ReviewSchedule.nextDue(SIGNED, null, 90)).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aLaterReviewRestartsTheCountAnEarlierOneDoesNot() {
        assertThat(ReviewSchedule.nextDue(SIGNED, LocalDate.of(2026, 10, 15), 90))
                .contains(LocalDate.of(2027, 1, 13));
        assertThat(ReviewSchedule.nextDue(SIGNED, LocalDate.of(2026, 8, 1), 90)).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void nothingIsDueBeforeSigningOrWhereTheStateSetsNoInterval() {
        assertThat(ReviewSchedule.nextDue(null, null, 90)).isEmpty();
        assertThat(ReviewSchedule.nextDue(SIGNED, null, null)).as("Georgia").isEmpty();
        assertThat(ReviewSchedule.status(Optional.empty(), SIGNED)).isEqualTo(ReviewSchedule.Status.NOT_SCHEDULED);
    }

    @Test
    void dueSoonTwoWeeksAheadOverdueTheDayAfter() {
        Optional<LocalDate> due = Optional.of(LocalDate.of(2026, 11, 30));

        assertThat(ReviewSchedule.status(due, LocalDate.of(2026, 11, 15))).isEqualTo(ReviewSchedule.Status.NOT_DUE);
        assertThat(ReviewSchedule.status(due, LocalDate.of(2026, 11, 16))).isEqualTo(ReviewSchedule.Status.DUE_SOON);
        assertThat(ReviewSchedule.status(due, LocalDate.of(2026, 11, 30))).isEqualTo(ReviewSchedule.Status.DUE_SOON);
        assertThat(ReviewSchedule.status(due, LocalDate.of(2026, 12, 1))).isEqualTo(ReviewSchedule.Status.OVERDUE);
    }
}
