package org.waypoint.tools.exit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.waypoint.service.exit.ExitSql;

/**
 * The exit benchmark's runner (bench/exit.sh): migrates a PostgreSQL database as the application
 * does, runs the daily exit job's SQL on it exactly as the job does ({@link ExitSql#run}, one
 * transaction) and prints the time, or prints the plan of the job's main statement with EXPLAIN
 * ANALYZE (the raw SQL floor; rolled back).
 *
 * <pre>
 * ExitJobBench migrate URL
 * ExitJobBench run URL [YYYY-MM-DD]
 * ExitJobBench explain URL [YYYY-MM-DD]
 * </pre>
 *
 * User postgres, no password (the benchmark machine's trust authentication), unless PGUSER and
 * PGPASSWORD are set.
 */
public final class ExitJobBench {

    private ExitJobBench() {}

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("Usage: ExitJobBench migrate|run|explain JDBC_URL [YYYY-MM-DD]");
            System.exit(2);
        }
        String url = args[1];
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
        switch (args[0]) {
            case "migrate" ->
                Flyway.configure()
                        .dataSource(url, user, password)
                        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                        .load()
                        .migrate();
            case "run" -> run(url, user, password, asOf);
            case "explain" -> explain(url, user, password, asOf);
            default -> throw new IllegalArgumentException("migrate, run or explain, not " + args[0]);
        }
    }

    private static void run(String url, String user, String password, LocalDate asOf) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            ExitSql.Counts counts = ExitSql.run(db, asOf, "bench");
            db.commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("run_ms=" + millis + " exited=" + counts.exited() + " common_exits="
                    + counts.commonExits() + " dates_updated=" + counts.datesUpdated() + " as_of=" + asOf);
        }
    }

    private static void explain(String url, String user, String password, LocalDate asOf) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long run;
            try (Statement insert = db.createStatement()) {
                insert.executeUpdate(
                        "INSERT INTO exit_run (as_of, started_by, started_at) VALUES (CURRENT_DATE, 'explain', now())",
                        new String[] {"id"});
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            try (PreparedStatement explain = ExitSql.prepareDecideExits(db, asOf, run, "EXPLAIN (ANALYZE, BUFFERS) ");
                    ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
            db.rollback();
        }
    }
}
