package org.waypoint.service.reporting.pirl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.platform.ServerNode;

/**
 * The pirl_run and pirl_run_error rows, in plain JDBC: the batch artifacts update a run's counts in
 * the transaction of each chunk (so a chunk rolled back takes its counts and errors with it), and
 * the service reads the history. Statements only; transactions are the caller's.
 */
final class PirlRunStore {

    static final String COLUMNS = "id, state_code, report_quarter, started_by, started_at, finished_at, status,"
            + " execution_id, participants_total, participants_done, rows_written, value_errors, duplicate_errors,"
            + " logical_errors, file_sha256, file_path, file_bytes, submittable, message";

    private PirlRunStore() {}

    static long insert(Connection c, String state, String quarter, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO pirl_run (state_code, report_quarter, started_by,"
                        + " started_at, status, node) VALUES (?, ?, ?, ?, 'STARTING', ?)",
                new String[] {"id"})) {
            s.setString(1, state);
            s.setString(2, quarter);
            s.setString(3, by);
            s.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            s.setString(5, ServerNode.name());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Marks failed the runs of {@code node} still marked running: its stop interrupted them (a run
     * of another node of the cluster goes on there). Answers how many.
     */
    static int markInterrupted(Connection c, String node, LocalDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pirl_run SET status = 'FAILED', finished_at = ?,"
                + " message = ? WHERE status IN ('STARTING', 'RUNNING') AND (node = ? OR node IS NULL)")) {
            s.setTimestamp(1, Timestamp.valueOf(now));
            s.setString(2, "Interrupted: the server stopped while the run was going on. Restart it.");
            s.setString(3, node);
            return s.executeUpdate();
        }
    }

    /** Runs an UPDATE and answers the rows it changed. */
    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    static PirlRunView find(Connection c, long id) throws SQLException {
        List<PirlRunView> runs = query(c, "SELECT " + COLUMNS + " FROM pirl_run WHERE id = ?", id);
        return runs.isEmpty() ? null : runs.get(0);
    }

    static List<PirlRunView> history(Connection c, String state, int max) throws SQLException {
        return state == null
                ? query(c, "SELECT " + COLUMNS + " FROM pirl_run ORDER BY id DESC FETCH FIRST " + max + " ROWS ONLY")
                : query(
                        c,
                        "SELECT " + COLUMNS + " FROM pirl_run WHERE state_code = ? ORDER BY id DESC FETCH FIRST " + max
                                + " ROWS ONLY",
                        state);
    }

    private static List<PirlRunView> query(Connection c, String sql, Object... values) throws SQLException {
        List<PirlRunView> runs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp finished = r.getTimestamp(6);
                    long execution = r.getLong(8);
                    boolean noExecution = r.wasNull();
                    long bytes = r.getLong(17);
                    boolean noBytes = r.wasNull();
                    runs.add(new PirlRunView(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getTimestamp(5).toLocalDateTime(),
                            finished == null ? null : finished.toLocalDateTime(),
                            PirlRunView.Status.valueOf(r.getString(7)),
                            noExecution ? null : execution,
                            r.getInt(9),
                            r.getInt(10),
                            r.getInt(11),
                            r.getInt(12),
                            r.getInt(13),
                            r.getInt(14),
                            r.getString(15),
                            r.getString(16) != null,
                            noBytes ? null : bytes,
                            r.getBoolean(18),
                            r.getString(19)));
                }
            }
        }
        return runs;
    }

    static String filePath(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT file_path FROM pirl_run WHERE id = ? AND status = 'COMPLETED'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static void insertErrors(Connection c, long runId, List<PirlError> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pirl_run_error (run_id, participant_id,"
                + " participant_number, element, family, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PirlError e : errors) {
                s.setLong(1, runId);
                s.setLong(2, e.participantId());
                s.setString(
                        3,
                        e.participantNumber() == null || e.participantNumber().length() > 12
                                ? null
                                : e.participantNumber());
                s.setString(4, e.element());
                s.setString(5, e.family().name());
                s.setString(6, e.message().length() > 300 ? e.message().substring(0, 300) : e.message());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static List<PirlError> errors(Connection c, long runId, int first, int max) throws SQLException {
        List<PirlError> errors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT participant_id, participant_number, element, family,"
                + " message FROM pirl_run_error WHERE run_id = ? ORDER BY id OFFSET " + first + " ROWS FETCH FIRST "
                + max + " ROWS ONLY")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    errors.add(new PirlError(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            PirlError.Family.valueOf(r.getString(4)),
                            r.getString(5)));
                }
            }
        }
        return errors;
    }
}
