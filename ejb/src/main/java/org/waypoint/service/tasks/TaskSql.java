package org.waypoint.service.tasks;

import java.util.stream.Collectors;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.service.plan.PlanKind;

/**
 * The task list's queries, one per category (plan reviews and unsigned plans share one: both read
 * a caseload's plans), each started from the case manager's participants by the indexed {@code
 * participant.case_manager_id} (or, for an LWDA admin's per-case-manager counts, the LWDA's) and
 * reaching the category's rows through their {@code participant_id} indexes. Plain SQL for H2 and
 * PostgreSQL alike, with {@code :name} parameters; the first five columns of every query are the
 * participant's id, number, first and last name and case manager. The benchmark (tools'
 * TaskListBench) EXPLAINs exactly these strings.
 */
public final class TaskSql {

    /** How a query is narrowed: one case manager's participants, or an LWDA's that have one. */
    public enum Scope {
        CASE_MANAGER("p.case_manager_id = :scope"),
        LWDA("p.lwda_id = :scope AND p.case_manager_id IS NOT NULL");

        private final String condition;

        Scope(String condition) {
            this.condition = condition;
        }

        /** The condition on participant {@code alias}. */
        String on(String alias) {
            return condition.replace("p.", alias + ".");
        }
    }

    static final String PARTICIPANT = "p.id, p.participant_number, p.first_name, p.last_name, p.case_manager_id";

    private TaskSql() {}

    private static String programs(PlanKind kind) {
        return kind.programs().stream().map(p -> "'" + p.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static final String KIND_PROGRAMS = "((pl.kind = 'IEP' AND e.program IN (" + programs(PlanKind.IEP)
            + ")) OR (pl.kind = 'ISS' AND e.program IN (" + programs(PlanKind.ISS) + ")))";

    /**
     * Plans with what their review date and signature state need, in one pass over each plan's
     * versions: start, last signature, last review, the state's interval, the latest version's
     * number and the latest signed one's (a draft when they differ), and the last day the
     * participant is enrolled in the plan's programs (an open enrollment counts as 9999-12-31, so a
     * day before :today means every one has exited).
     */
    public static String plans(Scope scope) {
        return "SELECT " + PARTICIPANT + ", pl.id, pl.kind, pl.created_at, sp.plan_review_interval_days,"
                + " MAX(v.signed_at) AS last_signed,"
                + " (SELECT MAX(r.reviewed_on) FROM plan_review r WHERE r.plan_id = pl.id) AS last_reviewed,"
                + " MAX(v.number) AS latest, MAX(CASE WHEN v.status = 'SIGNED' THEN v.number END) AS latest_signed,"
                + " (SELECT MAX(COALESCE(e.exit_date, DATE '9999-12-31')) FROM enrollment e"
                + "   WHERE e.participant_id = p.id AND " + KIND_PROGRAMS + ") AS enrolled_until"
                + " FROM participant p JOIN plan pl ON pl.participant_id = p.id"
                + " JOIN lwda l ON l.id = pl.lwda_id JOIN state_profile sp ON sp.code = l.state_code"
                + " LEFT JOIN plan_version v ON v.plan_id = pl.id"
                + " WHERE " + scope.on("p")
                + " GROUP BY p.id, p.participant_number, p.first_name, p.last_name, p.case_manager_id, pl.id, pl.kind,"
                + " pl.created_at, sp.plan_review_interval_days";
    }

    /**
     * Open follow-up periods with the quarters in which the person was reached (a contact not
     * voided whose outcome is REACHED), as bits (Q1 = 1, Q2 = 2, Q3 = 4, Q4 = 8): an unreachable
     * attempt leaves the quarter due, as the Follow-up tab shows it ({@code FollowUpRules.schedule}).
     */
    public static String followUps(Scope scope) {
        return "SELECT " + PARTICIPANT + ", f.id, f.program, f.exit_date,"
                + " (SELECT SUM(DISTINCT CASE c.quarter WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 4 ELSE 8 END)"
                + "   FROM follow_up_contact c WHERE c.follow_up_id = f.id AND c.voided_at IS NULL"
                + "   AND c.outcome = 'REACHED') AS contacted"
                + " FROM participant p JOIN follow_up f ON f.participant_id = p.id"
                + " WHERE " + scope.on("p") + " AND f.status = 'OPEN'";
    }

    /**
     * {@link ExitSql}'s approaching query on the scope's participants, with who and which program.
     * Its pool starts only from the open enrollments whose stored last service (kept current by
     * every service written, {@code EnrollmentDates}, and by the nightly job) is on or before the
     * cutoff, or not known yet: a pool's last service is never before its own enrollment's, so an
     * enrollment served after the cutoff cannot be approaching. Nor can one whose pool holds an
     * open enrollment with a service not delivered by :asOf (its stored {@code services_end}, kept
     * the same way, is later), as the pool's own services count. So the services read are those of
     * the few enrollments left, not a caseload's.
     */
    public static String exitsApproaching(Scope scope) {
        return "SELECT " + PARTICIPANT + ", e.id, e.program, a.last_service, a.days"
                + " FROM ("
                + ExitSql.approaching("AND " + scope.on("pa")
                        + " AND (e.last_service_date IS NULL OR e.last_service_date <= :cutoff)"
                        + " AND NOT EXISTS (SELECT 1 FROM enrollment q WHERE q.participant_id = e.participant_id"
                        + "   AND q.exit_date IS NULL AND (q.id = e.id OR sp.common_exit = TRUE)"
                        + "   AND q.services_end > :asOf)")
                + ") a"
                + " JOIN enrollment e ON e.id = a.enrollment_id JOIN participant p ON p.id = e.participant_id";
    }

    /** Each participant's latest determination per program when eligible and not followed by an enrollment. */
    public static String eligibleNotEnrolled(Scope scope) {
        return "SELECT " + PARTICIPANT + ", d.id, d.program, d.as_of"
                + " FROM participant p JOIN eligibility_determination d ON d.participant_id = p.id"
                + " WHERE " + scope.on("p") + " AND d.eligible = TRUE"
                + " AND NOT EXISTS (SELECT 1 FROM eligibility_determination n WHERE n.participant_id = d.participant_id"
                + "   AND n.program = d.program AND (n.determined_at > d.determined_at"
                + "   OR (n.determined_at = d.determined_at AND n.id > d.id)))"
                + " AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = d.participant_id"
                + "   AND e.program = d.program AND (e.exit_date IS NULL OR e.entry_date >= d.as_of"
                + "   OR e.determination_id = d.id))";
    }

    /** Trainings without an outcome whose planned end is :until or earlier. */
    public static String trainingEnding(Scope scope) {
        return "SELECT " + PARTICIPANT + ", t.id, t.training_type, t.planned_end"
                + " FROM participant p JOIN training t ON t.participant_id = p.id"
                + " WHERE " + scope.on("p") + " AND t.actual_end IS NULL AND t.planned_end <= :until";
    }

    /**
     * Supportive services decided by an admin since :since, by who asked: the case manager, or the
     * LWDA's staff; the case manager column is the requester.
     */
    public static String approvalsDecided(Scope scope) {
        String who = scope == Scope.CASE_MANAGER
                ? "s.requested_by = :scope"
                : "s.requested_by IN (SELECT a.id FROM staff_account a WHERE a.lwda_id = :scope)";
        return "SELECT p.id, p.participant_number, p.first_name, p.last_name, s.requested_by, s.id, s.status,"
                + " s.decided_at FROM supportive_service s JOIN participant p ON p.id = s.participant_id"
                + " WHERE " + who + " AND s.decided_by IS NOT NULL AND s.decided_at >= :since";
    }
}
