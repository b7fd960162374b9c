package org.waypoint.tools.tasks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.service.tasks.TaskCategory;
import org.waypoint.service.tasks.TaskFinder;
import org.waypoint.service.tasks.TaskListCache;
import org.waypoint.service.tasks.TaskSql;

/**
 * The task list benchmark's runner (bench/tasks.sh): for a case manager (by user name), each
 * category's query exactly as {@link TaskFinder} sends it, run with EXPLAIN ANALYZE {@code RUNS}
 * times (median execution time printed, the raw SQL floor beside the server's figures), then the
 * whole list as {@link TaskFinder} reads it on one connection (median), the version read that
 * is all a kept list costs ({@link TaskListCache}), and with {@code plans} the plans themselves.
 *
 * <pre>
 * TaskListBench explain JDBC_URL USERNAME [RUNS] [plans]
 * </pre>
 *
 * User postgres, no password, unless PGUSER and PGPASSWORD are set.
 */
public final class TaskListBench {

    private TaskListBench() {}

    public static void main(String[] args) throws SQLException {
        if (args.length < 3 || !"explain".equals(args[0])) {
            System.err.println("Usage: TaskListBench explain JDBC_URL USERNAME [RUNS] [plans]");
            System.exit(2);
        }
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        boolean plans = args.length > 4 && "plans".equals(args[4]);
        LocalDate today = LocalDate.now();
        try (Connection db = DriverManager.getConnection(args[1], user, password)) {
            long cm;
            try (PreparedStatement find = db.prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
                find.setString(1, args[2]);
                try (ResultSet r = find.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("No staff account " + args[2]);
                    }
                    cm = r.getLong(1);
                }
            }
            EnumSet<TaskCategory> queries = EnumSet.allOf(TaskCategory.class);
            queries.remove(TaskCategory.UNSIGNED_PLAN); // one query with PLAN_REVIEW
            for (TaskCategory category : queries) {
                List<Double> times = new ArrayList<>();
                List<Double> plain = new ArrayList<>();
                int rows = 0;
                for (int i = 0; i < runs; i++) {
                    times.add(explain(db, category, cm, today, plans && i == 0));
                    long start = System.nanoTime();
                    rows = execute(db, category, cm, today);
                    plain.add((System.nanoTime() - start) / 1e6);
                }
                System.out.printf(
                        "sql %-22s EXPLAIN ANALYZE execution median %6.2f ms; executed over JDBC median %6.2f ms;"
                                + " %d rows (%d runs)%n",
                        category == TaskCategory.PLAN_REVIEW ? "PLAN_REVIEW+UNSIGNED" : category.name(),
                        median(times),
                        median(plain),
                        rows,
                        runs);
            }
            List<Double> wholes = new ArrayList<>();
            Map<TaskCategory, List<TaskFinder.Found>> found = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                found = TaskFinder.find(db, TaskSql.Scope.CASE_MANAGER, cm, today);
                wholes.add((System.nanoTime() - start) / 1e6);
            }
            StringBuilder counts = new StringBuilder();
            found.forEach((k, v) -> counts.append(' ').append(k).append('=').append(v.size()));
            System.out.printf(
                    "whole list over JDBC (TaskFinder, one connection): median %.2f ms;%s%n", median(wholes), counts);
            List<Double> versions = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                TaskListCache.version(db, cm);
                versions.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(
                    "a kept list's check, its version read over JDBC (TaskListCache): median %.3f ms%n",
                    median(versions));
        }
    }

    private static double explain(Connection db, TaskCategory category, long cm, LocalDate today, boolean print)
            throws SQLException {
        String sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) " + TaskFinder.sql(category, TaskSql.Scope.CASE_MANAGER);
        double time = -1;
        try (PreparedStatement explain = ExitSql.prepareNamed(db, sql, TaskFinder.values(category, cm, today));
                ResultSet plan = explain.executeQuery()) {
            while (plan.next()) {
                String line = plan.getString(1);
                if (print) {
                    System.out.println("  " + line);
                }
                if (line.startsWith("Execution Time:")) {
                    time = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                }
            }
        }
        return time;
    }

    private static int execute(Connection db, TaskCategory category, long cm, LocalDate today) throws SQLException {
        int rows = 0;
        try (PreparedStatement query = ExitSql.prepareNamed(
                        db,
                        TaskFinder.sql(category, TaskSql.Scope.CASE_MANAGER),
                        TaskFinder.values(category, cm, today));
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
