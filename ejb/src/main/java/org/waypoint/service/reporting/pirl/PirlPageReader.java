package org.waypoint.service.reporting.pirl;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.wages.EmploymentByQuarter;

/**
 * Reads one page of a state's participants for the PIRL job with plain JDBC: the next {@code size}
 * participants after an id (keyset paging, so a page costs the same at the millionth participant as
 * at the first and nothing but the page is ever in memory), then their enrollments, services,
 * trainings, outcomes, wage records and follow-up contacts by id range, one query each. What
 * happened after the report quarter is left out (an exit after it is no exit yet).
 */
final class PirlPageReader {

    private final Connection connection;
    private final String state;
    private final LocalDate quarterEnd;
    private final UnaryOperator<String> ssn;
    private final Set<CalendarQuarter> reported;

    PirlPageReader(Connection connection, String state, LocalDate quarterEnd, UnaryOperator<String> ssn)
            throws SQLException {
        this.connection = connection;
        this.state = state;
        this.quarterEnd = quarterEnd;
        this.ssn = ssn;
        this.reported = reported();
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
        Map<Long, PeriodFacts.Person> people = people(fromId, size);
        Map<Long, List<PeriodFacts>> periods = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return periods;
        }
        long low = people.keySet().iterator().next();
        long high = people.keySet().stream().mapToLong(Long::longValue).max().orElse(low);
        Map<Long, Set<String>> races = strings(
                "SELECT participant_id, race FROM participant_race" + " WHERE participant_id BETWEEN ? AND ?",
                low,
                high);
        Map<Long, List<PeriodFacts.Entry>> enrollments = enrollments(low, high);
        Map<Long, List<Object[]>> services = rows(
                "SELECT s.participant_id, s.enrollment_id, s.actual_start,"
                        + " c.category, c.pirl_elements, e.program FROM service_record s"
                        + " JOIN service_code c ON c.id = s.service_code_id JOIN enrollment e ON e.id = s.enrollment_id"
                        + " WHERE s.participant_id BETWEEN ? AND ? AND s.voided_at IS NULL AND s.actual_start IS NOT NULL"
                        + " ORDER BY s.participant_id, s.actual_start, s.id",
                low,
                high,
                6);
        Map<Long, List<Object[]>> trainings = rows(
                "SELECT t.participant_id, t.enrollment_id, t.start_date,"
                        + " t.actual_end, t.training_type, t.outcome, tp.provider, tp.cip_code, t.ita_amount"
                        + " FROM training t JOIN service_record s ON s.id = t.service_record_id"
                        + " LEFT JOIN training_program tp ON tp.id = t.training_program_id"
                        + " WHERE t.participant_id BETWEEN ? AND ? AND s.voided_at IS NULL ORDER BY t.participant_id, t.start_date, t.id",
                low,
                high,
                9);
        Map<Long, List<Object[]>> credentials = rows(
                "SELECT participant_id, enrollment_id, attained_on,"
                        + " credential_type FROM credential WHERE participant_id BETWEEN ? AND ? AND voided_at IS NULL"
                        + " ORDER BY participant_id, attained_on, id",
                low,
                high,
                4);
        Map<Long, List<Object[]>> gains = rows(
                "SELECT participant_id, enrollment_id, achieved_on, gain_type"
                        + " FROM skill_gain WHERE participant_id BETWEEN ? AND ? AND voided_at IS NULL"
                        + " ORDER BY participant_id, achieved_on, id",
                low,
                high,
                4);
        Map<Long, List<Object[]>> wages = rows(
                "SELECT participant_id, wage_year, wage_quarter, employer_fein, wages"
                        + " FROM wage_record WHERE participant_id BETWEEN ? AND ?"
                        + " ORDER BY participant_id, wage_year, wage_quarter, employer_fein",
                low,
                high,
                5);
        Map<Long, List<Object[]>> contacts = rows(
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
            PeriodFacts.Person person = withRaces(entry.getValue(), races.getOrDefault(id, Set.of()));
            List<PeriodFacts> theirs = new ArrayList<>();
            for (List<PeriodFacts.Entry> period : PirlPeriods.group(enrollments.getOrDefault(id, List.of()))) {
                theirs.add(facts(
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

    private PeriodFacts facts(
            PeriodFacts.Person person,
            List<PeriodFacts.Entry> period,
            List<Object[]> services,
            List<Object[]> trainings,
            List<Object[]> credentials,
            List<Object[]> gains,
            List<Object[]> wages,
            List<Object[]> contacts) {
        Set<Long> ids = new HashSet<>();
        period.forEach(e -> ids.add(e.id()));
        List<PeriodFacts.Service> s = new ArrayList<>();
        for (Object[] r : of(services)) {
            LocalDate start = date(r[2]);
            if (ids.contains(id(r[1])) && !start.isAfter(quarterEnd)) {
                List<String> elements = r[4] == null
                        ? List.of()
                        : List.of(((String) r[4]).trim().split(" +"));
                s.add(new PeriodFacts.Service(start, (String) r[3], elements, (String) r[5]));
            }
        }
        List<PeriodFacts.Training> t = new ArrayList<>();
        for (Object[] r : of(trainings)) {
            LocalDate start = date(r[2]);
            if (ids.contains(id(r[1])) && !start.isAfter(quarterEnd)) {
                LocalDate end = date(r[3]);
                boolean ended = end != null && !end.isAfter(quarterEnd);
                String type = org.waypoint.persistence.training.TrainingType.valueOf((String) r[4])
                        .pirlCode();
                t.add(new PeriodFacts.Training(
                        start,
                        ended ? end : null,
                        type,
                        ended ? (String) r[5] : null,
                        (String) r[6],
                        (String) r[7],
                        r[8] != null));
            }
        }
        List<PeriodFacts.Credential> c = new ArrayList<>();
        for (Object[] r : of(credentials)) {
            LocalDate on = date(r[2]);
            if (ids.contains(id(r[1])) && !on.isAfter(quarterEnd)) {
                c.add(new PeriodFacts.Credential(
                        on,
                        org.waypoint.persistence.outcomes.CredentialType.valueOf((String) r[3])
                                .pirlCode()));
            }
        }
        List<PeriodFacts.SkillGain> g = new ArrayList<>();
        for (Object[] r : of(gains)) {
            LocalDate on = date(r[2]);
            if (ids.contains(id(r[1])) && !on.isAfter(quarterEnd)) {
                g.add(new PeriodFacts.SkillGain(
                        on,
                        org.waypoint.persistence.outcomes.SkillGainType.valueOf((String) r[3])
                                .pirlElement()));
            }
        }
        List<EmploymentByQuarter.Wage> w = new ArrayList<>();
        for (Object[] r : of(wages)) {
            w.add(new EmploymentByQuarter.Wage(
                    new CalendarQuarter(((Number) r[1]).intValue(), ((Number) r[2]).intValue()),
                    (String) r[3],
                    new BigDecimal(r[4].toString())));
        }
        List<EmploymentByQuarter.Contact> k = new ArrayList<>();
        List<PeriodFacts.Placement> placements = new ArrayList<>();
        for (Object[] r : of(contacts)) {
            LocalDate on = date(r[3]);
            if (!ids.contains(id(r[1])) || on.isAfter(quarterEnd)) {
                continue;
            }
            int quarter = ((Number) r[2]).intValue();
            if (r[4] != null) {
                k.add(new EmploymentByQuarter.Contact(
                        quarter,
                        on,
                        "EMPLOYED".equals(r[4]),
                        (String) r[5],
                        date(r[6]),
                        r[7] == null ? null : new BigDecimal(r[7].toString()),
                        r[8] == null ? null : new BigDecimal(r[8].toString())));
            }
            placements.add(new PeriodFacts.Placement(quarter, (String) r[9]));
        }
        Set<CalendarQuarter> known = new HashSet<>();
        CalendarQuarter last = CalendarQuarter.of(quarterEnd);
        reported.stream().filter(q -> q.compareTo(last) <= 0).forEach(known::add);
        return new PeriodFacts(person, period, s, t, c, g, w, k, known, placements);
    }

    private Map<Long, PeriodFacts.Person> people(long fromId, int size) throws SQLException {
        Map<Long, PeriodFacts.Person> people = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT p.id, p.participant_number, p.address_state,"
                + " p.county_fips, p.zip, p.date_of_birth, p.sex, p.disability, p.hispanic, p.veteran,"
                + " p.eligible_spouse, p.uc_status, p.highest_grade, p.ssn_cipher, l.code, l.name, o.name"
                + " FROM participant p JOIN lwda l ON l.id = p.lwda_id LEFT JOIN office o ON o.id = p.office_id"
                + " WHERE l.state_code = ? AND p.id >= ? AND EXISTS (SELECT 1 FROM enrollment e"
                + " WHERE e.participant_id = p.id AND e.participant_id >= ? AND e.entry_date <= ?)"
                + " ORDER BY p.id FETCH FIRST " + size + " ROWS ONLY")) {
            // e.participant_id >= ? says again what p.id >= ? implies: without it PostgreSQL's merge
            // semi join reads the enrollments of every participant before the page, so the millionth
            // participant's page read a million enrollments (bench/pirl.sh).
            s.setString(1, state);
            s.setLong(2, fromId);
            s.setLong(3, fromId);
            s.setObject(4, quarterEnd);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String cipher = r.getString(14);
                    people.put(
                            id,
                            new PeriodFacts.Person(
                                    id,
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    date(r.getObject(6)),
                                    r.getString(7),
                                    r.getString(8),
                                    r.getString(9),
                                    Set.of(),
                                    bool(r, 10),
                                    bool(r, 11),
                                    r.getString(12),
                                    (Integer) r.getObject(13, Integer.class),
                                    cipher == null ? null : ssn.apply(cipher),
                                    r.getString(15),
                                    r.getString(16),
                                    r.getString(17)));
                }
            }
        }
        return people;
    }

    private static Boolean bool(ResultSet r, int column) throws SQLException {
        boolean value = r.getBoolean(column);
        return r.wasNull() ? null : value;
    }

    private static PeriodFacts.Person withRaces(PeriodFacts.Person p, Set<String> races) {
        return new PeriodFacts.Person(
                p.id(),
                p.number(),
                p.residenceState(),
                p.countyFips(),
                p.zip(),
                p.dateOfBirth(),
                p.sex(),
                p.disability(),
                p.hispanic(),
                races,
                p.veteran(),
                p.eligibleSpouse(),
                p.ucStatus(),
                p.highestGrade(),
                p.ssn(),
                p.lwdaCode(),
                p.lwdaName(),
                p.officeName());
    }

    private Map<Long, List<PeriodFacts.Entry>> enrollments(long low, long high) throws SQLException {
        Map<Long, Set<String>> barriers = strings(
                "SELECT e.id, b.barrier FROM enrollment_entry_barrier b"
                        + " JOIN enrollment e ON e.id = b.enrollment_id WHERE e.participant_id BETWEEN ? AND ?",
                low,
                high);
        Map<Long, Set<String>> assistance = strings(
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
                    LocalDate exit = date(r.getObject(5));
                    boolean exited = exit != null && !exit.isAfter(quarterEnd);
                    enrollments
                            .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new PeriodFacts.Entry(
                                    id,
                                    r.getString(3),
                                    date(r.getObject(4)),
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

    private Map<Long, Set<String>> strings(String sql, long low, long high) throws SQLException {
        Map<Long, Set<String>> values = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, low);
            s.setLong(2, high);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
                }
            }
        }
        return values;
    }

    private Map<Long, List<Object[]>> rows(String sql, long low, long high, int columns) throws SQLException {
        Map<Long, List<Object[]>> rows = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, low);
            s.setLong(2, high);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
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

    private static List<Object[]> of(List<Object[]> rows) {
        return rows == null ? List.of() : rows;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
