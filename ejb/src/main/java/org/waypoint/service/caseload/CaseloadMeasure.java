package org.waypoint.service.caseload;

/**
 * The figures of the caseload board, each a number of participants (a participant counts once per
 * figure, however many plans or quarters are due) that drills down to those participants. The four
 * task figures are the task list's own ({@link org.waypoint.service.tasks.TaskSql}, scope LWDA).
 */
public enum CaseloadMeasure {
    /** An enrollment open today. */
    ACTIVE,
    /** An enrollment entered this calendar month. */
    NEW_THIS_MONTH,
    /** A plan review past its due date (Kentucky 24-003: every 90 days; the state's interval). */
    REVIEWS_OVERDUE,
    /** A follow-up quarter without a contact, due within 30 days or past (20 CFR 680.150, 681.580). */
    FOLLOW_UPS_DUE,
    /** No service for 60 days or more and none planned: the 90-day exit approaches (20 CFR 677.150(c)). */
    NO_SERVICE_60_DAYS,
    /** A plan whose latest version is not signed. */
    UNSIGNED_DRAFTS,
    /** An enrollment exited (exit date) in this calendar quarter. */
    EXITS_THIS_QUARTER
}
