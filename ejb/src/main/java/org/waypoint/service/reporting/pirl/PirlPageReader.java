package org.waypoint.service.reporting.pirl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.waypoint.service.common.CalendarQuarter;

/**
 * Reads one page of a state's participants for the PIRL job with plain JDBC: the next {@code size}
 * participants after an id (keyset paging, so a page costs the same at the millionth participant as
 * at the first and nothing but the page is ever in memory), then their enrollments, services,
 * trainings, outcomes, wage records and follow-up contacts by id range, one query each. What
 * happened after the report quarter is left out (an exit after it is no exit yet). The people are
 * {@link PirlPeople}'s, their enrollments {@link PirlEnrollments}', and each period's facts are put
 * together by {@link PirlPeriodActivity}.
 */
final class PirlPageReader {

    private final Connection connection;
    private final String state;
    private final LocalDate quarterEnd;
    private final UnaryOperator<String> ssn;
    private final PirlPeriodActivity activity;

    PirlPageReader(Connection connection, String state, LocalDate quarterEnd, UnaryOperator<String> ssn)
            throws SQLException {
        this.connection = connection;
        this.state = state;
        this.quarterEnd = quarterEnd;
        this.ssn = ssn;
        this.activity = new PirlPeriodActivity(quarterEnd, reported());
    }

    /** The participants of the report: the state's, with an enrollment entered by the quarter's end. */
    static final String PARTICIPANTS = " FROM participant p JOIN lwda l ON l.id = p.lwda_id"
            + " WHERE l.state_code = ? AND EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id"
            + " AND e.entry_date <= ?)";

    static int count(Connection connection, String state, LocalDate quarterEnd) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*)" + PARTICIPANTS)) {
            s.setString(1, state);
            s.setObject(2, quarterEnd);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The periods of the next participants with an id of at least {@code fromId}, in id order. */
    Map<Long, List<PeriodFacts>> page(long fromId, int size) throws SQLException {
        Map<Long, PeriodFacts.Person> people = PirlPeople.page(connection, state, quarterEnd, fromId, size, ssn);
        Map<Long, List<PeriodFacts>> periods = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return periods;
        }
        long low = people.keySet().iterator().next();
        long high = people.keySet().stream().mapToLong(Long::longValue).max().orElse(low);
        Map<Long, Set<String>> races = PirlRows.strings(
                connection,
                "SELECT participant_id, race FROM participant_race" + " WHERE participant_id BETWEEN ? AND ?",
                low,
                high);
        Map<Long, List<PeriodFacts.Entry>> enrollments =
                PirlEnrollments.byParticipant(connection, low, high, quarterEnd);
        Map<Long, List<Object[]>> services = PirlRows.rows(
                connection,
                "SELECT s.participant_id, s.enrollment_id, s.actual_start,"
                        + " c.category, c.pirl_elements, e.program FROM service_record s"
                        + " JOIN service_code c ON c.id = s.service_code_id JOIN enrollment e ON e.id = s.enrollment_id"
                        + " WHERE s.participant_id BETWEEN ? AND ? AND s.voided_at IS NULL AND s.actual_start IS NOT NULL"
                        + " ORDER BY s.participant_id, s.actual_start, s.id",
                low,
                high,
                6);
        Map<Long, List<Object[]>> trainings = PirlRows.rows(
                connection,
                "SELECT t.participant_id, t.enrollment_id, t.start_date,"
                        + " t.actual_end, t.training_type, t.outcome, tp.provider, tp.cip_code, t.ita_amount"
                        + " FROM training t JOIN service_record s ON s.id = t.service_record_id"
                        + " LEFT JOIN training_program tp ON tp.id = t.training_program_id"
                        + " WHERE t.participant_id BETWEEN ? AND ? AND s.voided_at IS NULL ORDER BY t.participant_id, t.start_date, t.id",
                low,
                high,
                9);
        Map<Long, List<Object[]>> credentials = PirlRows.rows(
                connection,
                "SELECT participant_id, enrollment_id, attained_on,"
                        + " credential_type FROM credential WHERE participant_id BETWEEN ? AND ? AND voided_at IS NULL"
                        + " ORDER BY participant_id, attained_on, id",
                low,
                high,
                4);
        Map<Long, List<Object[]>> gains = PirlRows.rows(
                connection,
                "SELECT participant_id, enrollment_id, achieved_on, gain_type"
                        + " FROM skill_gain WHERE participant_id BETWEEN ? AND ? AND voided_at IS NULL"
                        + " ORDER BY participant_id, achieved_on, id",
                low,
                high,
                4);
        Map<Long, List<Object[]>> wages = PirlRows.rows(
                connection,
                "SELECT participant_id, wage_year, wage_quarter, employer_fein, wages"
                        + " FROM wage_record WHERE participant_id BETWEEN ? AND ?"
                        + " ORDER BY participant_id, wage_year, wage_quarter, employer_fein",
                low,
                high,
                5);
        Map<Long, List<Object[]>> contacts = PirlRows.rows(
                connection,
                "SELECT f.participant_id, f.enrollment_id, c.quarter, c.contact_date,"
                        + " c.employment_status, c.employer, c.employment_start, c.hourly_wage, c.weekly_hours, c.youth_placement"
                        + " FROM follow_up_contact c JOIN follow_up f ON f.id = c.follow_up_id"
                        + " WHERE f.participant_id BETWEEN ? AND ? AND c.outcome = 'REACHED' AND c.voided_at IS NULL"
                        + " ORDER BY f.participant_id, c.contact_date, c.id",
                low,
                high,
                10);
        for (Map.Entry<Long, PeriodFacts.Person> entry : people.entrySet()) {
            long id = entry.getKey();
            PeriodFacts.Person person = PirlPeople.withRaces(entry.getValue(), races.getOrDefault(id, Set.of()));
            List<PeriodFacts> theirs = new ArrayList<>();
            for (List<PeriodFacts.Entry> period : PirlPeriods.group(enrollments.getOrDefault(id, List.of()))) {
                theirs.add(activity.facts(
                        person,
                        period,
                        services.get(id),
                        trainings.get(id),
                        credentials.get(id),
                        gains.get(id),
                        wages.get(id),
                        contacts.get(id)));
            }
            periods.put(id, theirs);
        }
        return periods;
    }

    private Set<CalendarQuarter> reported() throws SQLException {
        Set<CalendarQuarter> quarters = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT q.wage_year, q.wage_quarter"
                + " FROM wage_import_quarter q JOIN wage_import w ON w.id = q.wage_import_id"
                + " WHERE w.state_code = ? AND w.status = 'IMPORTED'")) {
            s.setString(1, state);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    quarters.add(new CalendarQuarter(r.getInt(1), r.getInt(2)));
                }
            }
        }
        return quarters;
    }
}
