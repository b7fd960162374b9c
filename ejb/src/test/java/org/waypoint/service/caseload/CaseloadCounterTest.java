package org.waypoint.service.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.tasks.TaskCategory;

/** Which of the task list's items the caseload board counts, and under which figure. */
class CaseloadCounterTest {

    @Test
    @DisplayName("a plan review counts only once overdue (Kentucky 24-003: reviewed every 90 days)")
    void reviewsOnlyWhenOverdue() {
        assertThat(CaseloadCounter.measureOf(TaskCategory.PLAN_REVIEW, true))
                .isEqualTo(CaseloadMeasure.REVIEWS_OVERDUE);
        assertThat(CaseloadCounter.measureOf(TaskCategory.PLAN_REVIEW, false))
                .as("due within two weeks, not overdue yet")
                .isNull();
    }

    @Test
    @DisplayName("follow-ups due (20 CFR 680.150, 681.580), 60+ days without service (677.150(c)), unsigned drafts")
    void theOtherFigures() {
        assertThat(CaseloadCounter.measureOf(TaskCategory.FOLLOW_UP_CONTACT, false))
                .isEqualTo(CaseloadMeasure.FOLLOW_UPS_DUE);
        assertThat(CaseloadCounter.measureOf(TaskCategory.FOLLOW_UP_CONTACT, true))
                .isEqualTo(CaseloadMeasure.FOLLOW_UPS_DUE);
        assertThat(CaseloadCounter.measureOf(TaskCategory.EXIT_APPROACHING, false))
                .isEqualTo(CaseloadMeasure.NO_SERVICE_60_DAYS);
        assertThat(CaseloadCounter.measureOf(TaskCategory.UNSIGNED_PLAN, false))
                .isEqualTo(CaseloadMeasure.UNSIGNED_DRAFTS);
    }

    @Test
    @DisplayName("task categories the board has no figure for are not counted")
    void notCounted() {
        assertThat(CaseloadCounter.measureOf(TaskCategory.ELIGIBLE_NOT_ENROLLED, false))
                .isNull();
        assertThat(CaseloadCounter.measureOf(TaskCategory.TRAINING_ENDING, true))
                .isNull();
        assertThat(CaseloadCounter.measureOf(TaskCategory.APPROVAL_DECIDED, false))
                .isNull();
    }
}
