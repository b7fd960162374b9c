package org.waypoint.service.tasks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waypoint.service.exit.ExitApproachingService;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.service.followup.FollowUpRules;
import org.waypoint.service.plan.PlanKind;

/**
 * Runs {@link TaskSql}'s queries for a scope on one connection and applies {@link TaskRules} to
 * the rows: every task of the scope as of a day, by category, each with the case manager it
 * belongs to. Plain Java on JDBC, shared by {@link TaskService}, {@link TaskDigest} and the
 * benchmark.
 */
public final class TaskFinder {

    /** A task and the case manager whose list it is on. */
    public record Found(long caseManagerId, TaskItem item) {}

    private TaskFinder() {}

    /** Every task of the scope on {@code today}, by category (each list in no particular order). */
    public static Map<TaskCategory, List<Found>> find(
            Connection connection, TaskSql.Scope scope, long scopeId, LocalDate today) throws SQLException {
        Map<TaskCategory, List<Found>> found = new EnumMap<>(TaskCategory.class);
        for (TaskCategory category : TaskCategory.values()) {
            found.put(category, new ArrayList<>());
        }
        plans(connection, scope, scopeId, today, found);
        followUps(connection, scope, scopeId, today, found.get(TaskCategory.FOLLOW_UP_CONTACT));
        exits(connection, scope, scopeId, today, found.get(TaskCategory.EXIT_APPROACHING));
        eligible(connection, scope, scopeId, found.get(TaskCategory.ELIGIBLE_NOT_ENROLLED));
        training(connection, scope, scopeId, today, found.get(TaskCategory.TRAINING_ENDING));
        approvals(connection, scope, scopeId, today, found.get(TaskCategory.APPROVAL_DECIDED));
        return found;
    }

    /** The values each category's query is run with. */
    public static Map<String, Object> values(TaskCategory category, long scopeId, LocalDate today) {
        return switch (category) {
            case PLAN_REVIEW, UNSIGNED_PLAN -> Map.of("scope", scopeId, "today", today);
            case EXIT_APPROACHING ->
                ExitSql.approachingValues(today, ExitApproachingService.FROM_DAYS, Map.of("scope", scopeId));
            case TRAINING_ENDING -> Map.of("scope", scopeId, "until", TaskRules.trainingUntil(today));
            case APPROVAL_DECIDED ->
                Map.of(
                        "scope",
                        scopeId,
                        "since",
                        Timestamp.valueOf(TaskRules.approvalsSince(today).atStartOfDay()));
            default -> Map.of("scope", scopeId);
        };
    }

    /** The query of a category (plan reviews and unsigned plans share one). */
    public static String sql(TaskCategory category, TaskSql.Scope scope) {
        return switch (category) {
            case PLAN_REVIEW, UNSIGNED_PLAN -> TaskSql.plans(scope);
            case FOLLOW_UP_CONTACT -> TaskSql.followUps(scope);
            case EXIT_APPROACHING -> TaskSql.exitsApproaching(scope);
            case ELIGIBLE_NOT_ENROLLED -> TaskSql.eligibleNotEnrolled(scope);
            case TRAINING_ENDING -> TaskSql.trainingEnding(scope);
            case APPROVAL_DECIDED -> TaskSql.approvalsDecided(scope);
        };
    }

    private static PreparedStatement query(
            Connection connection, TaskCategory category, TaskSql.Scope scope, long scopeId, LocalDate today)
            throws SQLException {
        return ExitSql.prepareNamed(connection, sql(category, scope), values(category, scopeId, today));
    }

    private static void plans(
            Connection c, TaskSql.Scope scope, long id, LocalDate today, Map<TaskCategory, List<Found>> found)
            throws SQLException {
        try (PreparedStatement q = query(c, TaskCategory.PLAN_REVIEW, scope, id, today);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long planId = r.getLong(6);
                PlanKind kind = PlanKind.valueOf(r.getString(7));
                LocalDate started = day(r.getTimestamp(8));
                int days = r.getInt(9);
                Integer interval = r.wasNull() ? null : days;
                LocalDate enrolledUntil = r.getObject(14, LocalDate.class);
                if (enrolledUntil != null && !enrolledUntil.isAfter(today)) {
                    continue; // exited every program of the plan's kind: no review falls due
                }
                Optional<LocalDate> due = TaskRules.reviewDue(
                        started, day(r.getTimestamp(10)), r.getObject(11, LocalDate.class), interval, null);
                if (TaskRules.reviewOnList(due, today)) {
                    found.get(TaskCategory.PLAN_REVIEW)
                            .add(found(
                                    r,
                                    TaskCategory.PLAN_REVIEW,
                                    due.get(),
                                    due.get().isBefore(today),
                                    kind.name(),
                                    "plans/history.xhtml?id=" + planId));
                }
                int latest = r.getInt(12);
                boolean anyVersion = !r.wasNull();
                int latestSigned = r.getInt(13);
                boolean anySigned = !r.wasNull();
                if (anyVersion && (!anySigned || latestSigned < latest)) {
                    int draft = latest;
                    found.get(TaskCategory.UNSIGNED_PLAN)
                            .add(found(
                                    r,
                                    TaskCategory.UNSIGNED_PLAN,
                                    started,
                                    false,
                                    kind.name() + " " + draft,
                                    "plans/edit.xhtml?id=" + planId));
                }
            }
        }
    }

    private static void followUps(Connection c, TaskSql.Scope scope, long id, LocalDate today, List<Found> out)
            throws SQLException {
        try (PreparedStatement q = query(c, TaskCategory.FOLLOW_UP_CONTACT, scope, id, today);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long periodId = r.getLong(6);
                LocalDate exit = r.getObject(8, LocalDate.class);
                int bits = r.getInt(9);
                Set<Integer> contacted = new HashSet<>();
                for (int n = 1; n <= 4; n++) {
                    if ((bits & (1 << (n - 1))) != 0) {
                        contacted.add(n);
                    }
                }
                for (int n : TaskRules.followUpQuartersDue(exit, contacted, today)) {
                    LocalDate due = FollowUpRules.dueBy(exit, n);
                    out.add(found(
                            r,
                            TaskCategory.FOLLOW_UP_CONTACT,
                            due,
                            due.isBefore(today),
                            "Q" + n,
                            "participants/follow-up-contact.xhtml?followUp=" + periodId + "&quarter=" + n
                                    + "&from=tasks"));
                }
            }
        }
    }

    private static void exits(Connection c, TaskSql.Scope scope, long id, LocalDate today, List<Found> out)
            throws SQLException {
        try (PreparedStatement q = query(c, TaskCategory.EXIT_APPROACHING, scope, id, today);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                int days = r.getInt(9);
                if (TaskRules.exitApproaching(days)) {
                    out.add(found(
                            r,
                            TaskCategory.EXIT_APPROACHING,
                            r.getObject(8, LocalDate.class),
                            false,
                            r.getString(7) + " " + days,
                            "participants/service.xhtml?participant=" + r.getLong(1)));
                }
            }
        }
    }

    private static void eligible(Connection c, TaskSql.Scope scope, long id, List<Found> out) throws SQLException {
        try (PreparedStatement q = query(c, TaskCategory.ELIGIBLE_NOT_ENROLLED, scope, id, null);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(found(
                        r,
                        TaskCategory.ELIGIBLE_NOT_ENROLLED,
                        r.getObject(8, LocalDate.class),
                        false,
                        r.getString(7),
                        "participants/view.xhtml?id=" + r.getLong(1)));
            }
        }
    }

    private static void training(Connection c, TaskSql.Scope scope, long id, LocalDate today, List<Found> out)
            throws SQLException {
        try (PreparedStatement q = query(c, TaskCategory.TRAINING_ENDING, scope, id, today);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                LocalDate end = r.getObject(8, LocalDate.class);
                if (TaskRules.trainingEnding(end, null, today)) {
                    out.add(found(
                            r,
                            TaskCategory.TRAINING_ENDING,
                            end,
                            end.isBefore(today),
                            r.getString(7),
                            "participants/training.xhtml?participant=" + r.getLong(1)));
                }
            }
        }
    }

    private static void approvals(Connection c, TaskSql.Scope scope, long id, LocalDate today, List<Found> out)
            throws SQLException {
        try (PreparedStatement q = query(c, TaskCategory.APPROVAL_DECIDED, scope, id, today);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                LocalDate decided = day(r.getTimestamp(8));
                if (TaskRules.approvalRecent(decided, today)) {
                    out.add(found(
                            r,
                            TaskCategory.APPROVAL_DECIDED,
                            decided,
                            false,
                            r.getString(7),
                            "participants/support.xhtml?participant=" + r.getLong(1)));
                }
            }
        }
    }

    private static Found found(
            ResultSet r, TaskCategory category, LocalDate date, boolean overdue, String detail, String outcome)
            throws SQLException {
        return new Found(
                r.getLong(5),
                new TaskItem(
                        category,
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3) + " " + r.getString(4),
                        date,
                        overdue,
                        detail,
                        outcome));
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), ZoneId.systemDefault());
    }
}
