package org.waypoint.service.reporting.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.waypoint.service.common.CalendarQuarter;

/**
 * The embedded demo's reporting cohorts: made-up participants of Bluegrass and Kentuckiana Works
 * (numbers WP-DEMR0001 on) who exited in the quarters the indicators of the last full quarter read
 * (and older ones, for the trend), with UI wage records after exit, trainings, credentials (one too
 * late, one secondary diploma with employment), an exclusion, and open enrollments in training with
 * skill gains. Dated relative to today, so the figures are there whenever the demo first starts.
 * Written with JDBC, ids from {@code waypoint_seq} as EclipseLink takes them (the block below each
 * value); added once: a database holding WP-DEMR0001 is left as it is.
 */
final class ReportingDemoData {

    private final Connection connection;
    private final LocalDate today;
    private final CalendarQuarter report;
    private long next;
    private long last = -1;
    private int number;
    private long wageImport;
    private long trainingCode;
    private final Timestamp now = Timestamp.valueOf(LocalDateTime.now());

    ReportingDemoData(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
        this.report = CalendarQuarter.of(today).plus(-1);
    }

    /** Answers how many participants were added. */
    int create() throws SQLException {
        if (count("SELECT COUNT(*) FROM participant WHERE participant_number = 'WP-DEMR0001'") > 0) {
            return 0;
        }
        Long bluegrass = lwda("Bluegrass");
        Long kentuckiana = lwda("Kentuckiana Works");
        Long cmBluegrass = staff("cm-bluegrass");
        Long cmKentuckiana = staff("cm-kentuckiana");
        Long code =
                (Long) longValue("SELECT MIN(id) FROM service_code WHERE state_code = 'KY' AND category = 'TRAINING'");
        if (bluegrass == null || kentuckiana == null || code == null) {
            return 0;
        }
        trainingCode = code;
        wageImport = id();
        update(
                "INSERT INTO wage_import (id, state_code, file_name, column_mapping, status, rows_read, rows_matched,"
                        + " rows_unmatched, rows_inserted, rows_replaced, error_count, message, imported_by, started_at,"
                        + " finished_at, version) VALUES (?, 'KY', 'demo-indicator-wages.csv', 'default', 'IMPORTED',"
                        + " 0, 0, 0, 0, 0, 0, 'Reporting demo wages (made up)', 'state-admin', ?, ?, 0)",
                wageImport,
                now,
                now);

        // Bluegrass: the exit cohorts of the last full quarter's report
        long a1 = exited(bluegrass, cmBluegrass, "Marcus", "Bell", "ADULT", -6, null, 1, 2, 3, 4);
        trained(a1, -6, "OCCUPATIONAL_SKILLS");
        credential(a1, "OCCUPATIONAL_LICENSURE", "Commercial Driver's License, Class A", exit(-6).plusDays(45));
        exited(bluegrass, cmBluegrass, "Alicia", "Moreno", "ADULT", -5, null, 2);
        exited(bluegrass, cmBluegrass, "Devon", "Price", "DISLOCATED_WORKER", -4, null);
        long a4 = exited(bluegrass, cmBluegrass, "Kayla", "Jennings", "YOUTH_OUT_OF_SCHOOL", -7, null, 1, 2, 4);
        trained(a4, -7, "YOUTH_OCCUPATIONAL_SKILLS");
        credential(a4, "SECONDARY_DIPLOMA", "GED (Kentucky high school equivalency diploma)", exit(-7).minusDays(20));
        long a5 = exited(bluegrass, cmBluegrass, "Robert", "Haines", "ADULT", -8, null, 4);
        trained(a5, -8, "OCCUPATIONAL_SKILLS");
        exited(bluegrass, cmBluegrass, "Glenda", "Sawyer", "ADULT", -5, "HEALTH_MEDICAL", 2);
        long a7 = open(bluegrass, cmBluegrass, "Tyrone", "Whitfield", "ADULT", -2, null);
        trainingOpen(a7, -2, "OCCUPATIONAL_SKILLS");
        skillGain(a7, "TRAINING_MILESTONE", report.plus(-1).firstDay().plusDays(30));
        long a8 = open(bluegrass, cmBluegrass, "Brenda", "Osei", "ADULT", -3, null);
        trainingOpen(a8, 0, "ABE_ESL_WITH_TRAINING");
        // older exits, for the trend
        for (int q = -9; q >= -14; q--) {
            long older = exited(
                    bluegrass,
                    cmBluegrass,
                    "Trend",
                    "Bluegrass" + (-q),
                    q % 2 == 0 ? "ADULT" : "DISLOCATED_WORKER",
                    q,
                    null,
                    q % 3 == 0 ? new int[] {2} : new int[] {2, 4});
            if (q % 2 == 0) {
                trained(older, q, "OCCUPATIONAL_SKILLS");
                credential(older, "OCCUPATIONAL_CERTIFICATE", "Certified Production Technician", exit(q).plusDays(30));
            }
        }

        // Kentuckiana Works
        long b1 = exited(kentuckiana, cmKentuckiana, "Shauna", "Ruiz", "ADULT", -6, null, 2, 4);
        trained(b1, -6, "OCCUPATIONAL_SKILLS");
        credential(b1, "OCCUPATIONAL_CERTIFICATION", "Certified Medical Assistant (AAMA)", exit(-6).plusDays(90));
        long b1b = exited(kentuckiana, cmKentuckiana, "Omar", "Keller", "ADULT", -7, null, 2);
        trained(b1b, -7, "OCCUPATIONAL_SKILLS");
        credential(
                b1b,
                "OCCUPATIONAL_CERTIFICATE",
                "Pharmacy Technician certificate",
                exit(-7).plusYears(1).plusDays(20));
        exited(kentuckiana, cmKentuckiana, "Lucy", "Tran", "DISLOCATED_WORKER", -7, null);
        exited(kentuckiana, cmKentuckiana, "Walter", "Gibbs", "WAGNER_PEYSER", -4, null, 2);
        long b4 = open(kentuckiana, cmKentuckiana, "Jada", "Coleman", "YOUTH_IN_SCHOOL", -3, "IN_SECONDARY_SCHOOL");
        skillGain(b4, "SECONDARY_TRANSCRIPT", report.firstDay().plusDays(10));
        for (int q = -9; q >= -12; q--) {
            exited(
                    kentuckiana,
                    cmKentuckiana,
                    "Trend",
                    "Kentuckiana" + (-q),
                    "ADULT",
                    q,
                    null,
                    q % 2 == 0 ? new int[] {2, 4} : new int[] {4});
        }
        return number;
    }

    private LocalDate exit(int quarterOffset) {
        return report.plus(quarterOffset).firstDay().plusDays(20);
    }

    private long[] current = new long[2];

    /** An exited Adult-like participant; {@code employed} are the quarters after exit with wages. */
    private long exited(
            Long lwda,
            Long cm,
            String first,
            String lastName,
            String program,
            int exitQuarter,
            String exclusion,
            int... employed)
            throws SQLException {
        LocalDate exit = exit(exitQuarter);
        long participant = participant(lwda, cm, first, lastName);
        long enrollment = id();
        update(
                "INSERT INTO enrollment (id, participant_id, program, entry_date, exit_date, exit_reason, exit_exclusion,"
                        + " case_manager_id, office_id, last_service_date, participation_date, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?, 0)",
                enrollment,
                participant,
                program,
                exit.minusMonths(5),
                exit,
                exclusion,
                cm,
                office(lwda),
                exit,
                exit.minusMonths(5));
        current = new long[] {participant, enrollment};
        CalendarQuarter exitQ = CalendarQuarter.of(exit);
        for (int n : employed) {
            CalendarQuarter q = exitQ.plus(n);
            if (!q.firstDay().isAfter(today)) {
                update(
                        "INSERT INTO wage_record (participant_id, wage_year, wage_quarter, employer_fein, wages,"
                                + " wage_import_id) VALUES (?, ?, ?, '610123456', ?, ?)",
                        participant,
                        q.year(),
                        q.quarter(),
                        new BigDecimal(5200 + (number * 373) % 4100 + n * 150).setScale(2),
                        wageImport);
            }
        }
        return participant;
    }

    private long open(
            Long lwda, Long cm, String first, String lastName, String program, int entryQuarter, String school)
            throws SQLException {
        LocalDate entry = report.plus(entryQuarter).firstDay().plusDays(10);
        long participant = participant(lwda, cm, first, lastName);
        long enrollment = id();
        update(
                "INSERT INTO enrollment (id, participant_id, program, entry_date, case_manager_id, office_id,"
                        + " entry_school_status, participation_date, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                enrollment,
                participant,
                program,
                entry,
                cm,
                office(lwda),
                school,
                entry);
        current = new long[] {participant, enrollment};
        return participant;
    }

    private long participant(Long lwda, Long cm, String first, String lastName) throws SQLException {
        number++;
        long id = id();
        LocalDate born = LocalDate.of(1975 + (number * 7) % 30, 1 + number % 12, 1 + (number * 3) % 27);
        String last = lastName.toLowerCase(Locale.ROOT);
        String firstSearch = first.toLowerCase(Locale.ROOT);
        update(
                "INSERT INTO participant (id, participant_number, first_name, last_name, first_name_search,"
                        + " last_name_search, identity_key, date_of_birth, lwda_id, office_id, case_manager_id, created_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                id,
                String.format("WP-DEMR%04d", number),
                first,
                lastName,
                firstSearch,
                last,
                last + "|" + firstSearch + "|" + born,
                born,
                lwda,
                office(lwda),
                cm,
                now);
        return id;
    }

    /** A completed training during the period that exited in {@code exitQuarter}. */
    private void trained(long participant, int exitQuarter, String type) throws SQLException {
        LocalDate exit = exit(exitQuarter);
        training(participant, type, exit.minusMonths(4), exit.minusDays(10));
    }

    private void trainingOpen(long participant, int startQuarter, String type) throws SQLException {
        training(participant, type, report.plus(startQuarter).firstDay().plusDays(15), null);
    }

    private void training(long participant, String type, LocalDate start, LocalDate end) throws SQLException {
        long service = id();
        update(
                "INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, actual_start,"
                        + " actual_end, funding_program, provider, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'ADULT', 'Bluegrass Community and Technical College', ?, 0)",
                service,
                participant,
                current[1],
                trainingCode,
                end == null ? "IN_PROGRESS" : "COMPLETED_SUCCESSFUL",
                start,
                end,
                now);
        update(
                "INSERT INTO training (id, participant_id, enrollment_id, service_record_id, training_type, start_date,"
                        + " actual_end, outcome, other_aid_considered, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 0)",
                id(),
                participant,
                current[1],
                service,
                type,
                start,
                end,
                end == null ? null : "COMPLETED",
                now);
    }

    private void credential(long participant, String type, String name, LocalDate on) throws SQLException {
        if (on.isAfter(today)) {
            return;
        }
        update(
                "INSERT INTO credential (id, participant_id, enrollment_id, credential_type, name, attained_on,"
                        + " evidence_kind, evidence_description, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'COPY_OF_CREDENTIAL', 'Copy in the case file (demo)', ?, 0)",
                id(),
                participant,
                current[1],
                type,
                name,
                on,
                now);
    }

    private void skillGain(long participant, String type, LocalDate on) throws SQLException {
        update(
                "INSERT INTO skill_gain (id, participant_id, enrollment_id, gain_type, achieved_on, evidence_kind,"
                        + " evidence_description, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'PROVIDER_RECORD', 'Provider progress report (demo)', ?, 0)",
                id(),
                participant,
                current[1],
                type,
                on,
                now);
    }

    private Long office(Long lwda) throws SQLException {
        return (Long) longValue("SELECT MIN(id) FROM office WHERE lwda_id = " + lwda);
    }

    private Long lwda(String name) throws SQLException {
        try (PreparedStatement q =
                connection.prepareStatement("SELECT id FROM lwda WHERE state_code = 'KY' AND name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private Long staff(String username) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The next id, as EclipseLink takes them: the 50 values up to each value of the sequence. */
    private long id() throws SQLException {
        if (next > last) {
            last = count("SELECT NEXT VALUE FOR waypoint_seq");
            next = last - 49;
        }
        return next++;
    }

    private long count(String sql) throws SQLException {
        Object value = longValue(sql);
        return value == null ? 0 : (Long) value;
    }

    private Object longValue(String sql) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(sql);
                ResultSet rs = q.executeQuery()) {
            if (!rs.next() || rs.getObject(1) == null) {
                return null;
            }
            return rs.getLong(1);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
