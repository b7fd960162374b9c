package org.waypoint.service.reporting.pirl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enrollments of a PIRL page with what was frozen at program entry (employment, education and
 * school status, barriers, public assistance, low income from the determination it rests on): the
 * PIRL reports a participant as they were at entry, not as their record reads today.
 */
final class PirlEnrollments {

    private PirlEnrollments() {}

    /**
     * The enrollments of the participants with ids from {@code low} to {@code high} entered by
     * {@code quarterEnd}, by participant; an exit after the quarter is no exit yet.
     */
    static Map<Long, List<PeriodFacts.Entry>> byParticipant(
            Connection connection, long low, long high, LocalDate quarterEnd) throws SQLException {
        Map<Long, Set<String>> barriers = PirlRows.strings(
                connection,
                "SELECT e.id, b.barrier FROM enrollment_entry_barrier b"
                        + " JOIN enrollment e ON e.id = b.enrollment_id WHERE e.participant_id BETWEEN ? AND ?",
                low,
                high);
        Map<Long, Set<String>> assistance = PirlRows.strings(
                connection,
                "SELECT e.id, a.assistance FROM enrollment_entry_assistance a"
                        + " JOIN enrollment e ON e.id = a.enrollment_id WHERE e.participant_id BETWEEN ? AND ?",
                low,
                high);
        Map<Long, List<PeriodFacts.Entry>> enrollments = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT e.participant_id, e.id, e.program,"
                + " e.entry_date, e.exit_date, e.exit_exclusion, e.entry_employment_status, e.entry_education_level,"
                + " e.entry_school_status, (SELECT COUNT(*) FROM eligibility_criterion c"
                + " WHERE c.determination_id = e.determination_id AND c.code = 'LOW_INCOME' AND c.met = TRUE)"
                + " FROM enrollment e WHERE e.participant_id BETWEEN ? AND ? AND e.entry_date <= ?")) {
            s.setLong(1, low);
            s.setLong(2, high);
            s.setObject(3, quarterEnd);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(2);
                    LocalDate exit = PirlRows.date(r.getObject(5));
                    boolean exited = exit != null && !exit.isAfter(quarterEnd);
                    enrollments
                            .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new PeriodFacts.Entry(
                                    id,
                                    r.getString(3),
                                    PirlRows.date(r.getObject(4)),
                                    exited ? exit : null,
                                    exited ? r.getString(6) : null,
                                    r.getString(7),
                                    r.getString(8),
                                    r.getString(9),
                                    barriers.getOrDefault(id, Set.of()),
                                    assistance.getOrDefault(id, Set.of()),
                                    r.getInt(10) > 0));
                }
            }
        }
        return enrollments;
    }
}
