package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Kentucky 24-003: the IEP or ISS is reviewed at least every 90 days. */
class ReviewScheduleTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 8, 20);
    private static final LocalDate SIGNED = LocalDate.of(2026, 9, 1);

    @Test
    void ninetyDaysFromTheSignedVersion() {
        assertThat(ReviewSchedule.nextDue(STARTED, SIGNED, null, 90, null)).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aLaterReviewRestartsTheCountAnEarlierOneDoesNot() {
        assertThat(ReviewSchedule.nextDue(STARTED, SIGNED, LocalDate.of(2026, 10, 15), 90, null))
                .contains(LocalDate.of(2027, 1, 13));
        assertThat(ReviewSchedule.nextDue(STARTED, SIGNED, LocalDate.of(2026, 8, 1), 90, null))
                .contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    @DisplayName("Kentucky 24-003 (every 90 days): a review falls due from the plan's start, even unsigned")
    void aReviewFallsDueFromThePlansStartEvenBeforeItIsSigned() {
        assertThat(ReviewSchedule.nextDue(STARTED, null, null, 90, null)).contains(LocalDate.of(2026, 11, 18));
        assertThat(ReviewSchedule.status(
                        ReviewSchedule.nextDue(STARTED, null, null, 90, null), LocalDate.of(2026, 11, 19)))
                .isEqualTo(ReviewSchedule.Status.OVERDUE);
        assertThat(ReviewSchedule.nextDue(STARTED, null, LocalDate.of(2026, 11, 1), 90, null))
                .as("a review of the draft restarts the count")
                .contains(LocalDate.of(2027, 1, 30));
    }

    @Test
    @DisplayName("No review falls due after the participant's exit (Kentucky 24-003 reviews an active plan)")
    void noReviewFallsDueAfterExit() {
        assertThat(ReviewSchedule.nextDue(STARTED, SIGNED, null, 90, LocalDate.of(2026, 10, 1)))
                .isEmpty();
        assertThat(ReviewSchedule.status(Optional.empty(), SIGNED)).isEqualTo(ReviewSchedule.Status.NOT_SCHEDULED);
    }

    @Test
    void nothingIsDueWhereTheStateSetsNoInterval() {
        assertThat(ReviewSchedule.nextDue(STARTED, SIGNED, null, null, null))
                .as("Georgia")
                .isEmpty();
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
