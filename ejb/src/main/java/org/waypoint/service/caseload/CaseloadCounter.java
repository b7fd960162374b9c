package org.waypoint.service.caseload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.service.tasks.TaskCategory;
import org.waypoint.service.tasks.TaskFinder;
import org.waypoint.service.tasks.TaskSql;

/**
 * Counts an LWDA's caseload board on one connection: one query over the LWDA's participants (their
 * case manager, office, and whether an enrollment is open today, entered this month or exited this
 * quarter), and the task list's own queries with scope LWDA ({@link TaskFinder}) for the reviews
 * overdue, follow-ups due, no service for 60+ days and unsigned drafts, so the board and the case
 * managers' task lists always agree. Each figure is a set of participants, so it drills down.
 */
final class CaseloadCounter {

    /** A board row's identity: case manager and office (either may be null). */
    record Key(Long caseManagerId, Long officeId) {}

    /** Each participant's row, and each row's participants per measure. */
    record Counted(Map<Long, Key> rowOf, Map<Key, Map<CaseloadMeasure, Set<Long>>> sets) {

        Set<Long> of(Key key, CaseloadMeasure measure) {
            return sets.getOrDefault(key, Map.of()).getOrDefault(measure, Set.of());
        }
    }

    static final String PARTICIPANTS = "SELECT p.id, p.case_manager_id, p.office_id,"
            + " CASE WHEN EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id"
            + "   AND (e.exit_date IS NULL OR e.exit_date >= :today)) THEN 1 ELSE 0 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id"
            + "   AND e.entry_date >= :monthStart AND e.entry_date <= :today) THEN 1 ELSE 0 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id"
            + "   AND e.exit_date >= :quarterStart AND e.exit_date <= :quarterEnd) THEN 1 ELSE 0 END"
            + " FROM participant p WHERE p.lwda_id = :lwda";

    private CaseloadCounter() {}

    static Counted count(Connection connection, long lwdaId, LocalDate today) throws SQLException {
        Map<Long, Key> rowOf = new HashMap<>();
        Map<Key, Map<CaseloadMeasure, Set<Long>>> sets = new HashMap<>();
        CalendarQuarter quarter = CalendarQuarter.of(today);
        Map<String, Object> values = Map.of(
                "lwda", lwdaId,
                "today", today,
                "monthStart", today.withDayOfMonth(1),
                "quarterStart", quarter.firstDay(),
                "quarterEnd", quarter.lastDay());
        try (PreparedStatement query = ExitSql.prepareNamed(connection, PARTICIPANTS, values);
                ResultSet r = query.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                Key key = new Key(nullable(r, 2), nullable(r, 3));
                rowOf.put(id, key);
                Map<CaseloadMeasure, Set<Long>> row =
                        sets.computeIfAbsent(key, k -> new EnumMap<>(CaseloadMeasure.class));
                if (r.getInt(4) == 1) {
                    row.computeIfAbsent(CaseloadMeasure.ACTIVE, m -> new LinkedHashSet<>())
                            .add(id);
                }
                if (r.getInt(5) == 1) {
                    row.computeIfAbsent(CaseloadMeasure.NEW_THIS_MONTH, m -> new LinkedHashSet<>())
                            .add(id);
                }
                if (r.getInt(6) == 1) {
                    row.computeIfAbsent(CaseloadMeasure.EXITS_THIS_QUARTER, m -> new LinkedHashSet<>())
                            .add(id);
                }
            }
        }
        Map<TaskCategory, List<TaskFinder.Found>> tasks =
                TaskFinder.find(connection, TaskSql.Scope.LWDA, lwdaId, today);
        for (TaskCategory category : TaskCategory.values()) {
            for (TaskFinder.Found found : tasks.get(category)) {
                CaseloadMeasure measure = measureOf(category, found.item().overdue());
                Key key = rowOf.get(found.item().participantId());
                if (measure != null && key != null) {
                    sets.computeIfAbsent(key, k -> new EnumMap<>(CaseloadMeasure.class))
                            .computeIfAbsent(measure, m -> new LinkedHashSet<>())
                            .add(found.item().participantId());
                }
            }
        }
        return new Counted(rowOf, sets);
    }

    /** The board's figure a task counts in, or null (a review not yet overdue; the other categories). */
    static CaseloadMeasure measureOf(TaskCategory category, boolean overdue) {
        return switch (category) {
            case PLAN_REVIEW -> overdue ? CaseloadMeasure.REVIEWS_OVERDUE : null;
            case FOLLOW_UP_CONTACT -> CaseloadMeasure.FOLLOW_UPS_DUE;
            case EXIT_APPROACHING -> CaseloadMeasure.NO_SERVICE_60_DAYS;
            case UNSIGNED_PLAN -> CaseloadMeasure.UNSIGNED_DRAFTS;
            default -> null;
        };
    }

    private static Long nullable(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
