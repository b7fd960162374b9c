package org.waypoint.service.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.FollowUpStatus;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.AdultFollowUp;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.Text;

/**
 * The follow-up schedule after exit, as plain Java (the daily exit job's SQL in {@link FollowUpSql}
 * says the same in SQL):
 *
 * <ul>
 *   <li>Which exits open a period: youth, in or out of school, always, for at least twelve months
 *       (20 CFR 681.580); Adult and Dislocated Worker as the state sets it (20 CFR 680.150; Georgia
 *       3.3.1 I.E: those who exit to employment); Wagner-Peyser none (its services end at exit, 20
 *       CFR 652.3 has no follow-up); and no exit for a PIRL 923 reason (deceased, institutionalized,
 *       health or medical, reserve forces, ...: 20 CFR 677.155(b) takes them out of performance,
 *       and there is no one to follow up).
 *   <li>The four contacts, by calendar quarter after the exit's quarter (as the indicators count
 *       them, TEGL 10-16 Change 1): Qn is due by the last day of {@link CalendarQuarter#afterExit}
 *       n; the period ends on the last day of Q4. A contact made in the exit's own quarter counts
 *       for Q1, the first contact after exit.
 *   <li>Transitions: a declined contact closes the period as declined (681.580: "recorded as
 *       such"); under {@link AdultFollowUp#EMPLOYED_EXITERS} a reached Adult or Dislocated Worker
 *       found not employed closes it as not required; a reached contact in Q4 completes it.
 *   <li>After ends_on: staff have {@link #ENTRY_GRACE_DAYS} days to enter contacts made within the
 *       period; then the daily exit job closes a period still open as completed, with the reason
 *       that it ended without a fourth-quarter contact, so no item stays due forever.
 * </ul>
 */
public final class FollowUpRules {

    /** Quarters of contact after exit: twelve months (20 CFR 681.580). */
    public static final int QUARTERS = 4;

    /** Days after ends_on in which contacts made in the period may still be entered. */
    public static final int ENTRY_GRACE_DAYS = 30;

    /** The reason written when the job closes a period past its end without a Q4 contact. */
    public static final String ENDED_REASON =
            "The twelve months after exit ended without a contact in the fourth quarter (20 CFR 681.580).";

    /** Georgia 3.3.1 I.E, the reason a reached Adult or DW exiter not employed needs no more follow-up. */
    public static final String NOT_EMPLOYED_REASON = "Not employed at the contact: the state follows up Adult and"
            + " Dislocated Worker exiters employed after exit (Georgia 3.3.1 I.E), so no more follow-up is required.";

    private static final java.util.regex.Pattern DECLINED_REASON = java.util.regex.Pattern.compile(
            "Declined follow-up at the contact of (\\S+) \\(recorded as such, 20 CFR 681\\.580\\)\\.");

    private FollowUpRules() {}

    /**
     * A stored close reason as a text, so that a page reads the reasons these rules and the job write
     * in its language (issue 19); a reason staff typed is shown as typed.
     */
    public static Text closeReasonText(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.equals(ENDED_REASON)) {
            return Text.of("followup.closeReason.ended");
        }
        if (stored.equals(NOT_EMPLOYED_REASON)) {
            return Text.of("followup.closeReason.notEmployed");
        }
        java.util.regex.Matcher declined = DECLINED_REASON.matcher(stored);
        if (declined.matches()) {
            return Text.of("followup.closeReason.declined", declined.group(1));
        }
        return Text.literal(stored);
    }

    /** Whether an exit from {@code program} opens a follow-up period under the state's policy. */
    public static boolean opens(Program program, ExitExclusion exclusion, AdultFollowUp policy) {
        if (exclusion != null) {
            return false;
        }
        return switch (program) {
            case YOUTH_IN_SCHOOL, YOUTH_OUT_OF_SCHOOL -> true;
            case ADULT, DISLOCATED_WORKER -> policy != AdultFollowUp.NONE;
            case WAGNER_PEYSER -> false;
        };
    }

    public static boolean isYouth(Program program) {
        return program == Program.YOUTH_IN_SCHOOL || program == Program.YOUTH_OUT_OF_SCHOOL;
    }

    /** The last day of the period: the last day of the fourth quarter after the exit's quarter. */
    public static LocalDate endsOn(LocalDate exitDate) {
        return CalendarQuarter.afterExit(exitDate, QUARTERS).lastDay();
    }

    /** Qn's contact is due by this day. */
    public static LocalDate dueBy(LocalDate exitDate, int quarter) {
        return CalendarQuarter.afterExit(exitDate, quarter).lastDay();
    }

    /** The first day a contact counts for Qn: the day after exit for Q1, else the quarter's first day. */
    public static LocalDate opensOn(LocalDate exitDate, int quarter) {
        return quarter == 1
                ? exitDate.plusDays(1)
                : CalendarQuarter.afterExit(exitDate, quarter).firstDay();
    }

    /**
     * The quarter after exit a contact on {@code contactDate} counts for, 1 to 4 (the exit's own
     * quarter counts for Q1); 0 before the exit or after the period.
     */
    public static int quarterOf(LocalDate exitDate, LocalDate contactDate) {
        if (contactDate.isBefore(exitDate) || contactDate.isAfter(endsOn(exitDate))) {
            return 0;
        }
        return Math.max(1, CalendarQuarter.of(exitDate).quartersUntil(CalendarQuarter.of(contactDate)));
    }

    /** A contact as the schedule reads it. */
    public record Contact(int quarter, ContactOutcome outcome, boolean voided) {}

    /** One quarter of a period on a day. */
    public record Quarter(int quarter, LocalDate opensOn, LocalDate dueBy, QuarterState state)
            implements java.io.Serializable {}

    /** The four quarters of a period with their due dates and where each stands on {@code today}. */
    public static List<Quarter> schedule(
            LocalDate exitDate, FollowUpStatus status, Collection<Contact> contacts, LocalDate today) {
        List<Quarter> quarters = new ArrayList<>();
        for (int n = 1; n <= QUARTERS; n++) {
            int quarter = n;
            boolean reached = contacts.stream()
                    .anyMatch(c -> !c.voided() && c.quarter() == quarter && c.outcome() == ContactOutcome.REACHED);
            LocalDate opens = opensOn(exitDate, n);
            LocalDate due = dueBy(exitDate, n);
            QuarterState state;
            if (reached) {
                state = QuarterState.DONE;
            } else if (!status.isOpen()) {
                state = QuarterState.CLOSED;
            } else if (today.isAfter(due)) {
                state = QuarterState.OVERDUE;
            } else if (!today.isBefore(opens)) {
                state = QuarterState.DUE;
            } else {
                state = QuarterState.UPCOMING;
            }
            quarters.add(new Quarter(n, opens, due, state));
        }
        return quarters;
    }

    /** What a contact does to an open period: its status after, and the reason and day when it closes it. */
    public record Transition(FollowUpStatus status, String reason, LocalDate on) {}

    /**
     * The period's status after a contact in {@code quarter}.
     *
     * @param employment what a reached contact learned, or null
     */
    public static Transition afterContact(
            Program program,
            AdultFollowUp policy,
            int quarter,
            ContactOutcome outcome,
            EmploymentStatus employment,
            LocalDate contactDate) {
        if (outcome == ContactOutcome.DECLINED) {
            return new Transition(
                    FollowUpStatus.DECLINED,
                    "Declined follow-up at the contact of " + contactDate + " (recorded as such, 20 CFR 681.580).",
                    contactDate);
        }
        if (outcome != ContactOutcome.REACHED) {
            return new Transition(FollowUpStatus.OPEN, null, null);
        }
        if (quarter == QUARTERS) {
            return new Transition(FollowUpStatus.COMPLETED, null, contactDate);
        }
        if (!isYouth(program)
                && policy == AdultFollowUp.EMPLOYED_EXITERS
                && employment == EmploymentStatus.NOT_EMPLOYED) {
            return new Transition(FollowUpStatus.NOT_REQUIRED, NOT_EMPLOYED_REASON, contactDate);
        }
        return new Transition(FollowUpStatus.OPEN, null, null);
    }

    /** A standing contact as a replay reads it. */
    public record Standing(int quarter, ContactOutcome outcome, EmploymentStatus employment, LocalDate contactDate) {}

    /**
     * The status a period closed by a contact has once that contact is voided: the first standing
     * contact, in date order, that closes it, else open again. A period staff closed, or the job
     * closed past its end, is not replayed.
     */
    public static Transition replay(Program program, AdultFollowUp policy, List<Standing> standingInDateOrder) {
        for (Standing contact : standingInDateOrder) {
            Transition transition = afterContact(
                    program, policy, contact.quarter(), contact.outcome(), contact.employment(), contact.contactDate());
            if (!transition.status().isOpen()) {
                return transition;
            }
        }
        return new Transition(FollowUpStatus.OPEN, null, null);
    }

    /** Statuses staff may close a period with: unreachable after attempts, or declined. */
    public static boolean staffMayClose(FollowUpStatus status) {
        return status == FollowUpStatus.UNREACHABLE || status == FollowUpStatus.DECLINED;
    }
}
