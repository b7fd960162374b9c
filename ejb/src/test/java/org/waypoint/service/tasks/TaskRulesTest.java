package org.waypoint.service.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.followup.FollowUpRules;
import org.waypoint.service.tasks.TaskRules.EnrollmentFact;

/** What puts a task on the list, category by category (see {@link TaskRules} for the sources). */
class TaskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    @DisplayName(
            "plan review (Kentucky 24-003, 90 days): on the list 14 days before and after the date, not after exit")
    void planReview() {
        LocalDate started = TODAY.minusDays(80);
        Optional<LocalDate> due = TaskRules.reviewDue(started, null, null, 90, null);
        assertThat(due).contains(TODAY.plusDays(10));
        assertThat(TaskRules.reviewOnList(due, TODAY)).isTrue();
        assertThat(TaskRules.reviewOnList(TaskRules.reviewDue(TODAY.minusDays(70), null, null, 90, null), TODAY))
                .as("due in 20 days")
                .isFalse();
        assertThat(TaskRules.reviewOnList(TaskRules.reviewDue(TODAY.minusDays(200), null, null, 90, null), TODAY))
                .as("overdue")
                .isTrue();
        assertThat(TaskRules.reviewOnList(
                        TaskRules.reviewDue(TODAY.minusDays(200), null, TODAY.minusDays(10), 90, null), TODAY))
                .as("reviewed ten days ago")
                .isFalse();
        assertThat(TaskRules.reviewOnList(
                        TaskRules.reviewDue(TODAY.minusDays(200), null, null, 90, TODAY.minusDays(5)), TODAY))
                .as("exited")
                .isFalse();
        assertThat(TaskRules.reviewOnList(TaskRules.reviewDue(TODAY.minusDays(200), null, null, null, null), TODAY))
                .as("no interval in the state (Georgia)")
                .isFalse();
    }

    @Test
    @DisplayName("follow-up (TEGL 10-16 quarters after exit): each quarter due on its last day, listed 30 days before")
    void followUpQuarters() {
        LocalDate exit = LocalDate.of(2026, 5, 20); // Q2 2026: Q1 after exit is Q3 2026
        assertThat(FollowUpRules.dueBy(exit, 1)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(FollowUpRules.dueBy(exit, 4)).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(TaskRules.followUpQuartersDue(exit, Set.of(), TODAY))
                .as("Q1 overdue, Q2 due 31 December (26 days ahead)")
                .containsExactly(1, 2);
        assertThat(TaskRules.followUpQuartersDue(exit, Set.of(1), TODAY)).containsExactly(2);
        assertThat(TaskRules.followUpQuartersDue(exit, Set.of(1, 2), TODAY)).isEmpty();
        assertThat(TaskRules.followUpQuartersDue(exit, Set.of(), LocalDate.of(2026, 11, 30)))
                .as("31 December is 31 days ahead on 30 November")
                .containsExactly(1);
        assertThat(TaskRules.followUpQuartersDue(exit, Set.of(), LocalDate.of(2026, 12, 1)))
                .as("exactly 30 days ahead")
                .containsExactly(1, 2);
    }

    @Test
    @DisplayName("exit approaching (20 CFR 677.150(c)): from 60 days without service")
    void exitApproaching() {
        assertThat(TaskRules.exitApproaching(59)).isFalse();
        assertThat(TaskRules.exitApproaching(60)).isTrue();
        assertThat(TaskRules.exitApproaching(89)).isTrue();
    }

    @Test
    @DisplayName("eligible, not enrolled: no enrollment open, entered on or after the determination, or made from it")
    void eligibleNotEnrolled() {
        LocalDate asOf = TODAY.minusDays(10);
        assertThat(TaskRules.eligibleNotEnrolled(asOf, List.of())).isTrue();
        assertThat(TaskRules.eligibleNotEnrolled(
                        asOf, List.of(new EnrollmentFact(asOf.minusYears(2), asOf.minusYears(1), false))))
                .as("an earlier enrollment, exited")
                .isTrue();
        assertThat(TaskRules.eligibleNotEnrolled(asOf, List.of(new EnrollmentFact(asOf.minusYears(2), null, false))))
                .as("still enrolled")
                .isFalse();
        assertThat(TaskRules.eligibleNotEnrolled(asOf, List.of(new EnrollmentFact(asOf, asOf.plusDays(3), false))))
                .as("enrolled on the determination's day, since exited")
                .isFalse();
        assertThat(TaskRules.eligibleNotEnrolled(asOf, List.of(new EnrollmentFact(asOf.minusDays(1), asOf, true))))
                .as("made from it")
                .isFalse();
    }

    @Test
    @DisplayName("training ending: no outcome and the planned end within 14 days or past")
    void trainingEnding() {
        assertThat(TaskRules.trainingEnding(TODAY.plusDays(14), null, TODAY)).isTrue();
        assertThat(TaskRules.trainingEnding(TODAY.plusDays(15), null, TODAY)).isFalse();
        assertThat(TaskRules.trainingEnding(TODAY.minusDays(3), null, TODAY))
                .as("past, no outcome")
                .isTrue();
        assertThat(TaskRules.trainingEnding(TODAY.minusDays(3), TODAY.minusDays(3), TODAY))
                .isFalse();
        assertThat(TaskRules.trainingEnding(null, null, TODAY))
                .as("no planned end")
                .isFalse();
    }

    @Test
    @DisplayName("approval decided (20 CFR 680.910(b)): decided within the last 14 days")
    void approvalDecided() {
        assertThat(TaskRules.approvalRecent(TODAY, TODAY)).isTrue();
        assertThat(TaskRules.approvalRecent(TODAY.minusDays(14), TODAY)).isTrue();
        assertThat(TaskRules.approvalRecent(TODAY.minusDays(15), TODAY)).isFalse();
        assertThat(TaskRules.approvalRecent(null, TODAY)).as("not decided").isFalse();
    }
}
