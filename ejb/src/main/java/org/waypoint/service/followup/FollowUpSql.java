package org.waypoint.service.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link FollowUpRules} as set-based SQL for the daily exit job, in the job's transaction: one
 * {@code INSERT ... SELECT} opens the periods of the enrollments a run exited, one {@code UPDATE}
 * closes the periods past their end and grace. Runs on H2 and PostgreSQL: ids come from {@code
 * waypoint_seq} (each row takes a whole block of 50, as EclipseLink reserves blocks, so no id
 * collides with one the server hands out); the end of the fourth quarter after exit is the day
 * before the first day of the exit's quarter plus fifteen months ({@code DATE_TRUNC('QUARTER')},
 * {@code INTERVAL '15' MONTH}, both dialects).
 */
public final class FollowUpSql {

    /**
     * The periods of a run's exits (only exits the run applied, with none opened yet). An
     * enrollment that has a period already is skipped by the unique key on PostgreSQL ({@code ON
     * CONFLICT DO NOTHING}), not by reading follow_up in the same statement: with follow_up empty or
     * small PostgreSQL reads it by a sequential scan for each new row, rows this statement inserts
     * included, which made the first run on a million participants (481,000 exits) quadratic and
     * endless (issue 21). H2 has no {@code ON CONFLICT} outside its PostgreSQL mode, and looks the
     * period up by the key for each row, so it keeps {@code NOT EXISTS}.
     */
    static final String OPEN_FOR_RUN =
            """
            INSERT INTO follow_up (id, enrollment_id, participant_id, program, exit_date, ends_on, status,
                                   opened_at, version)
            SELECT %s, e.id, e.participant_id, e.program, e.exit_date,
                   CAST(DATE_TRUNC('QUARTER', CAST(e.exit_date AS TIMESTAMP)) + INTERVAL '15' MONTH AS DATE) - 1, 'OPEN', ?, 1
            FROM exit_run_exit x
            JOIN enrollment e ON e.id = x.enrollment_id AND e.exit_date = x.exit_date
                 AND e.exit_reason = x.exit_reason
            JOIN participant pa ON pa.id = e.participant_id
            JOIN lwda l ON l.id = pa.lwda_id
            JOIN state_profile sp ON sp.code = l.state_code
            WHERE x.run_id = ? AND e.exit_exclusion IS NULL
              AND (e.program IN ('YOUTH_IN_SCHOOL', 'YOUTH_OUT_OF_SCHOOL')
                   OR (e.program IN ('ADULT', 'DISLOCATED_WORKER') AND sp.adult_follow_up <> 'NONE'))
              %s
            """;

    private static final String NONE_OPENED = "AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.enrollment_id = e.id)";

    /** Open periods past their end and the entry grace: completed without a fourth-quarter contact. */
    static final String CLOSE_ENDED =
            "UPDATE follow_up SET status = 'COMPLETED', closed_on = ends_on, close_reason = ?, version = version + 1"
                    + " WHERE status = 'OPEN' AND ends_on < ?";

    private FollowUpSql() {}

    /** Opens the periods of run {@code runId}'s exits; answers how many. */
    public static int openForRun(Connection connection, long runId) throws SQLException {
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String sql = postgres
                ? OPEN_FOR_RUN.formatted("nextval('waypoint_seq')", "ON CONFLICT (enrollment_id) DO NOTHING")
                : OPEN_FOR_RUN.formatted("NEXT VALUE FOR waypoint_seq", NONE_OPENED);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setLong(2, runId);
            return insert.executeUpdate();
        }
    }

    /** Closes the open periods whose end and grace passed before {@code asOf}; answers how many. */
    public static int closeEnded(Connection connection, LocalDate asOf) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CLOSE_ENDED)) {
            update.setString(1, FollowUpRules.ENDED_REASON);
            update.setObject(2, asOf.minusDays(FollowUpRules.ENTRY_GRACE_DAYS));
            return update.executeUpdate();
        }
    }
}
