package org.waypoint.service.exit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.service.followup.FollowUpSql;

/**
 * {@link ExitRule} as set-based SQL over the whole database, for the daily exit job, the benchmark
 * (the tools module calls exactly this class) and the "exit approaching" list. It runs on H2 and
 * PostgreSQL alike: derived tables, window functions, {@code MERGE} (the SQL standard's UPDATE ...
 * FROM, which H2 lacks), {@code date - date} cast to whole days and {@code date + integer}.
 *
 * <p>For each open enrollment the pool is itself, or, where the state has common exit, every open
 * enrollment of the participant (TEGL 10-16, Change 1). The services that count (20 CFR
 * 677.150(c)(1): participation-level codes that keep the exit clock, not voided, not "not
 * completed") of the pool's programs and period give the last day of service and whether any is
 * going on or planned; the planned gaps of the pool's programs, where the state allows them, are
 * taken off the days since. Staff cannot record overlapping gaps for a participant, so summing the
 * gaps' days is their union. An enrollment with 90 or more days and nothing going on or planned
 * exits on its last day of service (never before its own entry, for a co-enrolled program that
 * started after the pool's last service). The run opens the follow-up periods of its exits and
 * closes those past their end ({@link FollowUpSql}).
 */
public final class ExitSql {

    /**
     * Each open enrollment with the programs of its pool (one row per program): its own, and where
     * the state has common exit the participant's other open enrollments. The two are separate
     * branches, each joined on the participant, rather than one join on {@code m.id = e.id OR
     * common_exit}: PostgreSQL estimated that OR join at one row (1.6 million at a million
     * participants), then matched participants to the pool by LWDA and never finished.
     */
    private static final String POOL =
            """
            SELECT b.enrollment_id, b.participant_id, b.own_entry, b.program, b.gaps_allowed, b.common_exit,
                   MIN(b.entry_date) OVER (PARTITION BY b.enrollment_id) AS period_from,
                   CASE WHEN COUNT(*) OVER (PARTITION BY b.enrollment_id) > 1 THEN 'COMMON_EXIT'
                        ELSE 'NO_SERVICE_90_DAYS' END AS reason
            FROM (SELECT e.id AS enrollment_id, e.participant_id, e.entry_date AS own_entry, e.program,
                         e.entry_date, sp.planned_gaps_allowed AS gaps_allowed, sp.common_exit
                  FROM enrollment e
                  JOIN participant pa ON pa.id = e.participant_id
                  JOIN lwda l ON l.id = pa.lwda_id
                  JOIN state_profile sp ON sp.code = l.state_code
                  WHERE e.exit_date IS NULL %1$s
                  UNION ALL
                  SELECT e.id, e.participant_id, e.entry_date, m.program, m.entry_date, sp.planned_gaps_allowed,
                         sp.common_exit
                  FROM enrollment e
                  JOIN participant pa ON pa.id = e.participant_id
                  JOIN lwda l ON l.id = pa.lwda_id
                  JOIN state_profile sp ON sp.code = l.state_code AND sp.common_exit = TRUE
                  JOIN enrollment m ON m.participant_id = e.participant_id AND m.exit_date IS NULL AND m.id <> e.id
                  WHERE e.exit_date IS NULL %1$s) b
            """;

    /** Per open enrollment: its pool's last day of service by :asOf and how many services are not delivered. */
    private static final String DECISIONS =
            """
            SELECT pm.enrollment_id, pm.participant_id, pm.own_entry, pm.gaps_allowed, pm.common_exit, pm.reason,
                   MAX(CASE WHEN s.actual_end <= :asOf THEN s.actual_end END) AS last_service,
                   SUM(CASE WHEN s.actual_end IS NULL OR s.actual_end > :asOf THEN 1 ELSE 0 END) AS not_delivered
            FROM (%s) pm
            JOIN enrollment se ON se.participant_id = pm.participant_id AND se.program = pm.program
            JOIN service_record s ON s.enrollment_id = se.id
            JOIN service_code c ON c.id = s.service_code_id
            WHERE s.voided_at IS NULL AND s.status <> 'NOT_COMPLETED'
              AND c.participation_level = TRUE AND c.keeps_exit_clock = TRUE
              AND (s.actual_start IS NULL OR s.actual_end IS NULL OR s.actual_end >= pm.period_from)
            GROUP BY pm.enrollment_id, pm.participant_id, pm.own_entry, pm.gaps_allowed, pm.common_exit, pm.reason
            """;

    /** The days without service of decision {@code a}: from the day after the last to the day before :asOf, gaps off. */
    private static final String DAYS_WITHOUT_SERVICE =
            """
            CAST(CAST(:dayBefore AS DATE) - a.last_service AS INTEGER) - COALESCE((
                SELECT SUM(CAST(LEAST(g.gap_to, CAST(:dayBefore AS DATE)) - GREATEST(g.gap_from, a.last_service + 1) AS INTEGER) + 1)
                FROM service_gap g JOIN enrollment ge ON ge.id = g.enrollment_id
                WHERE a.gaps_allowed = TRUE AND ge.participant_id = a.participant_id
                  AND g.gap_to > a.last_service AND g.gap_from <= CAST(:dayBefore AS DATE)
                  AND ge.program IN (SELECT m.program FROM enrollment m WHERE m.participant_id = a.participant_id
                      AND m.exit_date IS NULL AND (m.id = a.enrollment_id OR a.common_exit = TRUE))), 0)
            """;

    /** The exits of a run: 90 days or more without service, none going on or planned. */
    static final String DECIDE_EXITS = "INSERT INTO exit_run_exit (run_id, enrollment_id, exit_date, exit_reason)"
            + " SELECT :run, a.enrollment_id,"
            + " CASE WHEN a.last_service < a.own_entry THEN a.own_entry ELSE a.last_service END, a.reason"
            + " FROM (" + DECISIONS.formatted(POOL.formatted("")) + ") a"
            + " WHERE a.not_delivered = 0 AND a.last_service <= :cutoff AND " + DAYS_WITHOUT_SERVICE + " >= "
            + ExitRule.DAYS_WITHOUT_SERVICE;

    /** Applies a run's exits to enrollments still open (a concurrent manual exit wins). */
    static final String APPLY_EXITS =
            """
            MERGE INTO enrollment e
            USING (SELECT enrollment_id, exit_date, exit_reason FROM exit_run_exit WHERE run_id = :run) x
            ON e.id = x.enrollment_id
            WHEN MATCHED AND e.exit_date IS NULL THEN UPDATE SET
                exit_date = x.exit_date, exit_reason = x.exit_reason, last_service_date = x.exit_date,
                version = e.version + 1
            """;

    /**
     * The last day of service that counts, the participation date (first participation-level
     * service, 20 CFR 677.150(a)) and the end of the services that count (9999-12-31 while one has
     * no end) of each open enrollment, from its own services; an enrollment left without any gets
     * nulls. Only changed rows are written, and the version stays (derived dates are no edit anyone
     * could conflict with).
     */
    static final String SERVICE_DATES =
            """
            MERGE INTO enrollment e
            USING (SELECT o.id AS enrollment_id,
                          MAX(CASE WHEN c.keeps_exit_clock = TRUE AND s.actual_end <= :asOf THEN s.actual_end END) AS last_service,
                          MIN(CASE WHEN c.id IS NOT NULL AND s.actual_start <= :asOf THEN s.actual_start END) AS participation,
                          MAX(CASE WHEN c.keeps_exit_clock = TRUE THEN COALESCE(s.actual_end, DATE '9999-12-31') END) AS services_end
                   FROM enrollment o
                   LEFT JOIN service_record s ON s.enrollment_id = o.id AND s.voided_at IS NULL
                        AND s.status <> 'NOT_COMPLETED'
                   LEFT JOIN service_code c ON c.id = s.service_code_id AND c.participation_level = TRUE
                   WHERE o.exit_date IS NULL
                   GROUP BY o.id) d
            ON e.id = d.enrollment_id
            WHEN MATCHED AND (e.last_service_date IS DISTINCT FROM d.last_service
                              OR e.participation_date IS DISTINCT FROM d.participation
                              OR e.services_end IS DISTINCT FROM d.services_end) THEN UPDATE SET
                last_service_date = d.last_service, participation_date = d.participation, services_end = d.services_end
            """;

    /** Open enrollments of an LWDA (or all) with {@code :cutoff} or earlier as last service and nothing planned. */
    static String approaching(boolean oneLwda) {
        return approaching(oneLwda ? "AND pa.lwda_id = :lwda" : "");
    }

    /**
     * Open enrollments matching {@code participantFilter} (a condition on the participant {@code pa})
     * with {@code :cutoff} or earlier as last service and nothing planned.
     */
    public static String approaching(String participantFilter) {
        return "SELECT a.enrollment_id, a.last_service, " + DAYS_WITHOUT_SERVICE + " AS days"
                + " FROM (" + DECISIONS.formatted(POOL.formatted(participantFilter)) + ") a"
                + " WHERE a.not_delivered = 0 AND a.last_service <= :cutoff";
    }

    /**
     * The "exit approaching" query for one case manager's participants (the task list): the same
     * rule as {@link #approaching(Connection, LocalDate, int, Long)}, its pool started from the
     * case manager's participants (participant.case_manager_id is indexed), so it reads a caseload
     * and not an LWDA.
     */
    public static String approachingOfCaseManager() {
        return approaching("AND pa.case_manager_id = :caseManager");
    }

    /** What one run did. */
    public record Counts(long runId, LocalDate asOf, int datesUpdated, int exited, int commonExits) {}

    /** One open enrollment nearing exit: its last day of service and the days since, gaps off. */
    public record Approaching(long enrollmentId, LocalDate lastServiceDate, int daysWithoutService) {}

    private ExitSql() {}

    /**
     * Runs the exit rule as of {@code asOf} over every open enrollment, in the caller's transaction:
     * records the run, updates the service dates, decides and applies the exits, stores the counts.
     */
    public static Counts run(Connection connection, LocalDate asOf, String startedBy) throws SQLException {
        long run;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO exit_run (as_of, started_by, started_at) VALUES (?, ?, ?)", new String[] {"id"})) {
            insert.setObject(1, asOf);
            insert.setString(2, startedBy);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                run = keys.getLong(1);
            }
        }
        Map<String, Object> values = Map.of(
                "run",
                run,
                "asOf",
                asOf,
                "dayBefore",
                asOf.minusDays(1),
                "cutoff",
                asOf.minusDays(ExitRule.DAYS_WITHOUT_SERVICE + 1L));
        int dates = update(connection, SERVICE_DATES, values);
        update(connection, DECIDE_EXITS, values);
        int exited = update(connection, APPLY_EXITS, values);
        // Follow-up after exit opens with the exit, in the same transaction (20 CFR 680.150, 681.580)
        FollowUpSql.openForRun(connection, run);
        FollowUpSql.closeEnded(connection, asOf);
        int common = 0;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM exit_run_exit WHERE run_id = ? AND exit_reason = 'COMMON_EXIT'")) {
            count.setLong(1, run);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                common = rows.getInt(1);
            }
        }
        try (PreparedStatement finish = connection.prepareStatement("UPDATE exit_run SET finished_at = ?,"
                + " dates_updated = ?, exited = ?, common_exits = ? WHERE id = ?")) {
            finish.setTimestamp(1, Timestamp.from(Instant.now()));
            finish.setInt(2, dates);
            finish.setInt(3, exited);
            finish.setInt(4, common);
            finish.setLong(5, run);
            finish.executeUpdate();
        }
        return new Counts(run, asOf, dates, exited, common);
    }

    /**
     * Open enrollments whose last day of service is {@code minimumDays} or more before {@code asOf}
     * (gap days not counted) with nothing going on or planned; of one LWDA, or all when null.
     */
    public static List<Approaching> approaching(Connection connection, LocalDate asOf, int minimumDays, Long lwdaId)
            throws SQLException {
        Map<String, Object> values = new java.util.HashMap<>(Map.of(
                "asOf", asOf,
                "dayBefore", asOf.minusDays(1),
                "cutoff", asOf.minusDays(minimumDays + 1L)));
        if (lwdaId != null) {
            values.put("lwda", lwdaId);
        }
        return approaching(connection, approaching(lwdaId != null), values, minimumDays);
    }

    /** As {@link #approaching(Connection, LocalDate, int, Long)}, for one case manager's participants. */
    public static List<Approaching> approachingOfCaseManager(
            Connection connection, LocalDate asOf, int minimumDays, long caseManagerId) throws SQLException {
        return approaching(
                connection,
                approachingOfCaseManager(),
                approachingValues(asOf, minimumDays, Map.of("caseManager", caseManagerId)),
                minimumDays);
    }

    /** The values of the approaching query as of {@code asOf}, with the scope's own. */
    public static Map<String, Object> approachingValues(LocalDate asOf, int minimumDays, Map<String, Object> scope) {
        Map<String, Object> values = new java.util.HashMap<>(scope);
        values.put("asOf", asOf);
        values.put("dayBefore", asOf.minusDays(1));
        values.put("cutoff", asOf.minusDays(minimumDays + 1L));
        return values;
    }

    /** Prepares {@code sql} with its {@code :name} values (for EXPLAIN in the task benchmark). */
    public static PreparedStatement prepareNamed(Connection connection, String sql, Map<String, Object> values)
            throws SQLException {
        return prepare(connection, sql, values);
    }

    private static List<Approaching> approaching(
            Connection connection, String sql, Map<String, Object> values, int minimumDays) throws SQLException {
        List<Approaching> found = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, sql, values);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int days = rows.getInt(3);
                if (days >= minimumDays) {
                    found.add(new Approaching(rows.getLong(1), rows.getObject(2, LocalDate.class), days));
                }
            }
        }
        return found;
    }

    /** The statements of a run as they are sent (for EXPLAIN in the benchmark), with their parameters. */
    public static PreparedStatement prepareDecideExits(Connection connection, LocalDate asOf, long run, String prefix)
            throws SQLException {
        return prepare(
                connection,
                prefix + DECIDE_EXITS,
                Map.of(
                        "run",
                        run,
                        "asOf",
                        asOf,
                        "dayBefore",
                        asOf.minusDays(1),
                        "cutoff",
                        asOf.minusDays(ExitRule.DAYS_WITHOUT_SERVICE + 1L)));
    }

    private static int update(Connection connection, String sql, Map<String, Object> values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static final Pattern NAMED = Pattern.compile(":([a-zA-Z]+)");

    /** Replaces each {@code :name} with a JDBC placeholder bound to its value. */
    private static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> values)
            throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher names = NAMED.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (names.find()) {
            if (!values.containsKey(names.group(1))) {
                throw new IllegalArgumentException("No value for :" + names.group(1));
            }
            bound.add(values.get(names.group(1)));
            names.appendReplacement(jdbc, "?");
        }
        names.appendTail(jdbc);
        PreparedStatement statement = connection.prepareStatement(jdbc.toString());
        for (int i = 0; i < bound.size(); i++) {
            statement.setObject(i + 1, bound.get(i));
        }
        return statement;
    }
}
