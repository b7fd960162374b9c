package org.waypoint.service.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each case manager's tasks as last read, kept for the day with the version they were read at: the
 * case manager's {@code staff_account.tasks_version}, raised in the transaction of every write that
 * can change their list ({@link TaskVersions}), and the latest exit job run, which writes exits and
 * follow-up periods in plain SQL. Reading the two is one indexed row; only when either has moved
 * (or the day has) are the category queries run again. The versions live in the database, so every
 * server of a cluster sees a write at its commit. A version read before the queries can only be
 * older than what they saw, so a list is at worst read once more, never kept past a change.
 *
 * <p>A case manager's list is read by one request at a time: the others wait for it and take it
 * (sixteen users opening the same list after a change run the queries once, not sixteen times).
 */
@ApplicationScoped
public class TaskListCache {

    /** Past this many case managers the cache starts again (a state has a few thousand). */
    static final int MAX_ENTRIES = 20_000;

    /** What a list was read at. */
    public record Version(long tasks, long exitRun) {}

    private record Entry(LocalDate day, Version version, Map<TaskCategory, List<TaskFinder.Found>> found) {}

    private final Map<Long, Entry> lists = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    /** The case manager's tasks on {@code today}, read again only when their version has moved. */
    public Map<TaskCategory, List<TaskFinder.Found>> tasks(Connection connection, long caseManagerId, LocalDate today)
            throws SQLException {
        Version version = version(connection, caseManagerId);
        Map<TaskCategory, List<TaskFinder.Found>> found = current(caseManagerId, today, version);
        if (found != null) {
            return found;
        }
        synchronized (locks.computeIfAbsent(caseManagerId, k -> new Object())) {
            found = current(caseManagerId, today, version);
            if (found == null) {
                found = frozen(TaskFinder.find(connection, TaskSql.Scope.CASE_MANAGER, caseManagerId, today));
                if (lists.size() >= MAX_ENTRIES) {
                    lists.clear();
                }
                lists.put(caseManagerId, new Entry(today, version, found));
            }
            return found;
        }
    }

    private Map<TaskCategory, List<TaskFinder.Found>> current(long caseManagerId, LocalDate today, Version version) {
        Entry entry = lists.get(caseManagerId);
        return entry != null && entry.day().equals(today) && entry.version().equals(version) ? entry.found() : null;
    }

    /** The case manager's version now. */
    public static Version version(Connection connection, long caseManagerId) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT a.tasks_version,"
                + " (SELECT COALESCE(MAX(r.id), 0) FROM exit_run r) FROM staff_account a WHERE a.id = ?")) {
            read.setLong(1, caseManagerId);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? new Version(row.getLong(1), row.getLong(2)) : new Version(-1, -1);
            }
        }
    }

    private static Map<TaskCategory, List<TaskFinder.Found>> frozen(Map<TaskCategory, List<TaskFinder.Found>> found) {
        Map<TaskCategory, List<TaskFinder.Found>> copy = new EnumMap<>(TaskCategory.class);
        found.forEach((category, rows) -> copy.put(category, List.copyOf(rows)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
