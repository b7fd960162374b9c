package org.waypoint.service.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.waypoint.service.exit.ExitApproachingService;
import org.waypoint.service.followup.FollowUpRules;
import org.waypoint.service.plan.ReviewSchedule;

/**
 * When something is on the task list, category by category, as plain Java ({@link TaskSql} reads
 * the rows these rules decide on, so the SQL only narrows by the caseload and the obvious filters).
 *
 * <ul>
 *   <li>Plan review: {@link ReviewSchedule}, the rule the plan page and the dashboard use (Kentucky
 *       24-003: IEP/ISS "reviewed at least every 90 days"); on the list when due within {@value
 *       ReviewSchedule#DUE_SOON_DAYS} days or overdue, none after the participant has exited.
 *   <li>Unsigned plan: the latest version is a draft (20 CFR 680.170 and 681.420: the plan is
 *       developed jointly with the participant, so a version is in force once both sign).
 *   <li>Follow-up contact: each quarter Qn after exit is due by the last day of {@code
 *       CalendarQuarter.afterExit(exit, n)} (TEGL 10-16, Change 1: quarters after the exit quarter;
 *       20 CFR 680.150(b) and 681.580: follow-up for twelve months); a quarter with no contact that
 *       is not voided is on the list from {@value #FOLLOW_UP_DAYS_AHEAD} days before it is due, and
 *       after, while the period is open.
 *   <li>Exit approaching: {@link ExitApproachingService#FROM_DAYS} days or more without a service
 *       that counts and none going on or planned (20 CFR 677.150(c)), as that service decides.
 *   <li>Eligible but not enrolled: the participant's latest determination for a program is eligible
 *       and no enrollment in that program is open, entered on or after the determination's date, or
 *       made from it (20 CFR 680.110: eligibility is determined to enroll).
 *   <li>Training ending: no outcome recorded and the planned end within {@value
 *       #TRAINING_DAYS_AHEAD} days or past (the outcome feeds the credential indicator, 20 CFR
 *       677.155(a)(1)(iv)).
 *   <li>Approval decided: a supportive service the case manager asked approval for (above the
 *       LWDA's limit, 20 CFR 680.910(b)) that an admin decided within the last {@value
 *       #APPROVAL_DAYS_BACK} days; one under the limit is approved by the limit, not decided.
 * </ul>
 */
public final class TaskRules {

    /** A follow-up quarter shows this many days before its due date. */
    public static final int FOLLOW_UP_DAYS_AHEAD = 30;

    /** A training shows this many days before its planned end. */
    public static final int TRAINING_DAYS_AHEAD = 14;

    /** A decided approval shows for this many days after the decision. */
    public static final int APPROVAL_DAYS_BACK = 14;

    private TaskRules() {}

    /** The plan's next review date ({@link ReviewSchedule#nextDue}). */
    public static Optional<LocalDate> reviewDue(
            LocalDate started, LocalDate lastSigned, LocalDate lastReviewed, Integer intervalDays, LocalDate exitedOn) {
        return ReviewSchedule.nextDue(started, lastSigned, lastReviewed, intervalDays, exitedOn);
    }

    /** Whether a review due on {@code due} is on the list today: due soon or overdue. */
    public static boolean reviewOnList(Optional<LocalDate> due, LocalDate today) {
        ReviewSchedule.Status status = ReviewSchedule.status(due, today);
        return status == ReviewSchedule.Status.DUE_SOON || status == ReviewSchedule.Status.OVERDUE;
    }

    /**
     * The quarters of an open period that are on the list today: nobody reached in them, due within
     * 30 days or past (due dates as the Follow-up tab's, {@link FollowUpRules#dueBy}).
     */
    public static List<Integer> followUpQuartersDue(LocalDate exitDate, Set<Integer> contacted, LocalDate today) {
        List<Integer> due = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            if (!contacted.contains(n)
                    && !FollowUpRules.dueBy(exitDate, n).isAfter(today.plusDays(FOLLOW_UP_DAYS_AHEAD))) {
                due.add(n);
            }
        }
        return due;
    }

    /** Whether an open enrollment's days without service put it on the list. */
    public static boolean exitApproaching(int daysWithoutService) {
        return daysWithoutService >= ExitApproachingService.FROM_DAYS;
    }

    /**
     * Whether an eligible determination of {@code asOf} still waits for an enrollment, given the
     * participant's enrollments in the same program (entry, exit, whether made from it).
     */
    public static boolean eligibleNotEnrolled(LocalDate asOf, List<EnrollmentFact> sameProgram) {
        return sameProgram.stream()
                .noneMatch(e -> e.exitDate() == null || !e.entryDate().isBefore(asOf) || e.fromDetermination());
    }

    /** An enrollment as {@link #eligibleNotEnrolled} weighs it. */
    public record EnrollmentFact(LocalDate entryDate, LocalDate exitDate, boolean fromDetermination) {}

    /** Whether a training with this planned end and no recorded end is on the list today. */
    public static boolean trainingEnding(LocalDate plannedEnd, LocalDate actualEnd, LocalDate today) {
        return actualEnd == null && plannedEnd != null && !plannedEnd.isAfter(today.plusDays(TRAINING_DAYS_AHEAD));
    }

    /** The last day of the training window: planned ends up to it are on the list. */
    public static LocalDate trainingUntil(LocalDate today) {
        return today.plusDays(TRAINING_DAYS_AHEAD);
    }

    /** Whether an approval decided on {@code decidedOn} is on the list today. */
    public static boolean approvalRecent(LocalDate decidedOn, LocalDate today) {
        return decidedOn != null && !decidedOn.isBefore(approvalsSince(today)) && !decidedOn.isAfter(today);
    }

    /** The first day of the approvals window. */
    public static LocalDate approvalsSince(LocalDate today) {
        return today.minusDays(APPROVAL_DAYS_BACK);
    }
}
