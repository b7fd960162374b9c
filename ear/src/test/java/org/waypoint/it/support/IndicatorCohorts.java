package org.waypoint.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * A local workforce area of its own with known periods of participation, written with SQL so that
 * exits, wages, trainings, credentials and skill gains can lie in past quarters: the indicator
 * tests know every figure of it for report quarter 2025 Q4. Its LWDA admin and case manager are
 * copies of the fixture's accounts (same password) bound to the new LWDA.
 */
public final class IndicatorCohorts {

    private final Connection connection;
    private final long base;
    private long next;
    public final long lwdaId;
    public final long officeId;
    public final String admin;
    public final String caseManager;
    public final long caseManagerId;
    private final long wageImportId;
    private final long serviceCodeId;

    private IndicatorCohorts(Connection connection) throws SQLException {
        this.connection = connection;
        this.base = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1_000;
        this.next = base;
        String tag = Long.toString(base / 1_000, 36);
        lwdaId = id();
        update(
                "INSERT INTO lwda (id, state_code, code, name, version) VALUES (?, 'KY', ?, ?, 0)",
                lwdaId,
                "RT" + tag,
                "Reports test area " + tag);
        officeId = id();
        update(
                "INSERT INTO office (id, lwda_id, name, active, version) VALUES (?, ?, ?, TRUE, 0)",
                officeId,
                lwdaId,
                "Reports test office " + tag);
        admin = "rt-admin-" + tag;
        caseManager = "rt-cm-" + tag;
        staff(id(), admin, "Rita Admin", "LWDA_ADMIN");
        caseManagerId = id();
        staff(caseManagerId, caseManager, "Carl Caseload", "CASE_MANAGER");
        wageImportId = id();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        update(
                "INSERT INTO wage_import (id, state_code, file_name, column_mapping, status, rows_read, rows_matched,"
                        + " rows_unmatched, rows_inserted, rows_replaced, error_count, imported_by, started_at,"
                        + " finished_at, version) VALUES (?, 'KY', 'indicator-test.csv', 'default', 'IMPORTED',"
                        + " 0, 0, 0, 0, 0, 0, 'test', ?, ?, 0)",
                wageImportId,
                now,
                now);
        serviceCodeId = ((Number) single(
                        "SELECT MIN(id) FROM service_code WHERE state_code = 'KY'" + " AND category = 'TRAINING'"))
                .longValue();
    }

    /** A new area with no participants yet. */
    public static IndicatorCohorts create(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        return new IndicatorCohorts(connection);
    }

    public void close() throws SQLException {
        connection.close();
    }

    private long id() {
        return next++;
    }

    private void staff(long id, String username, String name, String role) throws SQLException {
        update(
                "INSERT INTO staff_account (id, username, display_name, role, lwda_id, password_hash, failed_attempts,"
                        + " enabled, demo, password_changed_at, version) SELECT ?, ?, ?, ?, ?, password_hash, 0, TRUE,"
                        + " FALSE, password_changed_at, 0 FROM staff_account WHERE username = 'cm-bluegrass'",
                id,
                username,
                name,
                role,
                lwdaId);
    }

    /** A participant of the area (case manager: this area's, or none) with one enrollment; answers the enrollment. */
    public Period participant(
            String lastName, String program, LocalDate entry, LocalDate exit, String exclusion, boolean ownCaseload)
            throws SQLException {
        long participant = id();
        update(
                "INSERT INTO participant (id, participant_number, first_name, last_name, date_of_birth, lwda_id,"
                        + " office_id, case_manager_id, created_at, version) VALUES (?, ?, 'Test', ?, ?, ?, ?, ?, ?, 0)",
                participant,
                "WP-R" + String.format("%08d", participant % 100_000_000L),
                lastName,
                LocalDate.of(1990, 1, 1),
                lwdaId,
                officeId,
                ownCaseload ? caseManagerId : null,
                Timestamp.valueOf(LocalDateTime.now()));
        long enrollment = id();
        update(
                "INSERT INTO enrollment (id, participant_id, program, entry_date, exit_date, exit_reason, exit_exclusion,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                enrollment,
                participant,
                program,
                entry,
                exit,
                exit == null ? null : "MANUAL",
                exclusion);
        return new Period(participant, enrollment);
    }

    /** A participant's period: participant and enrollment ids. */
    public record Period(long participantId, long enrollmentId) {}

    public void wages(Period p, int year, int quarter, String amount) throws SQLException {
        update(
                "INSERT INTO wage_record (participant_id, wage_year, wage_quarter, employer_fein, wages, wage_import_id)"
                        + " VALUES (?, ?, ?, '610123456', ?, ?)",
                p.participantId(),
                year,
                quarter,
                new BigDecimal(amount),
                wageImportId);
    }

    public void training(Period p, String type, LocalDate start, LocalDate end) throws SQLException {
        long service = id();
        update(
                "INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, actual_start,"
                        + " actual_end, funding_program, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'ADULT', ?, 0)",
                service,
                p.participantId(),
                p.enrollmentId(),
                serviceCodeId,
                end == null ? "IN_PROGRESS" : "COMPLETED_SUCCESSFUL",
                start,
                end,
                Timestamp.valueOf(LocalDateTime.now()));
        update(
                "INSERT INTO training (id, participant_id, enrollment_id, service_record_id, training_type, start_date,"
                        + " actual_end, outcome, employer, other_aid_considered, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 0)",
                id(),
                p.participantId(),
                p.enrollmentId(),
                service,
                type,
                start,
                end,
                end == null ? null : "COMPLETED",
                "ON_THE_JOB".equals(type) || "CUSTOMIZED".equals(type) ? "Acme Tooling" : null,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    public void credential(Period p, String type, LocalDate on) throws SQLException {
        update(
                "INSERT INTO credential (id, participant_id, enrollment_id, credential_type, name, attained_on,"
                        + " evidence_kind, evidence_description, created_at, version)"
                        + " VALUES (?, ?, ?, ?, 'Test credential', ?, 'COPY_OF_CREDENTIAL', 'copy on file', ?, 0)",
                id(),
                p.participantId(),
                p.enrollmentId(),
                type,
                on,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    public void skillGain(Period p, String type, LocalDate on) throws SQLException {
        update(
                "INSERT INTO skill_gain (id, participant_id, enrollment_id, gain_type, achieved_on, evidence_kind,"
                        + " evidence_description, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'TEST_RESULTS', 'test results on file', ?, 0)",
                id(),
                p.participantId(),
                p.enrollmentId(),
                type,
                on,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    /** A reached follow-up contact for quarter {@code n} after the period's exit (supplemental evidence). */
    public void contact(Period p, String program, LocalDate exit, int n, String employment, String placement)
            throws SQLException {
        long followUp = id();
        update(
                "INSERT INTO follow_up (id, enrollment_id, participant_id, program, exit_date, ends_on, status, opened_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)",
                followUp,
                p.enrollmentId(),
                p.participantId(),
                program,
                exit,
                exit.plusYears(1),
                Timestamp.valueOf(LocalDateTime.now()));
        update(
                "INSERT INTO follow_up_contact (id, follow_up_id, quarter, contact_date, method, outcome,"
                        + " employment_status, youth_placement, created_at, version)"
                        + " VALUES (?, ?, ?, ?, 'PHONE', 'REACHED', ?, ?, ?, 0)",
                id(),
                followUp,
                n,
                exit.plusMonths(3L * n),
                employment,
                placement,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private Object single(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                var rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
