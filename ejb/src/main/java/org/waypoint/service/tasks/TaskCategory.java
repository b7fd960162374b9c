package org.waypoint.service.tasks;

/**
 * The kinds of task on the list, in the order the page shows them. Each has its rule in {@link
 * TaskRules} and its query in {@link TaskSql}.
 */
public enum TaskCategory {
    /** A plan's review falls due within two weeks or is overdue (Kentucky 24-003: every 90 days). */
    PLAN_REVIEW,
    /** A plan whose latest version is not signed: a first draft or a new version after a change. */
    UNSIGNED_PLAN,
    /** A follow-up quarter without a contact, due within 30 days or past (20 CFR 680.150, 681.580). */
    FOLLOW_UP_CONTACT,
    /** No service for 60 days or more and none planned: the 90-day exit approaches (20 CFR 677.150(c)). */
    EXIT_APPROACHING,
    /** An eligible determination without an enrollment in its program. */
    ELIGIBLE_NOT_ENROLLED,
    /** A training whose planned end is within 14 days, or past with no outcome recorded. */
    TRAINING_ENDING,
    /** A supportive service the case manager asked approval for, decided in the last 14 days. */
    APPROVAL_DECIDED
}
