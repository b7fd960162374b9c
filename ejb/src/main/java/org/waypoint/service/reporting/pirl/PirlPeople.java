package org.waypoint.service.reporting.pirl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The people of a PIRL page: each participant's identity and characteristics as the participant
 * record holds them (what was frozen at entry is the enrollment's, {@link PirlEnrollments}), with
 * the LWDA and office, and the SSN decrypted by the caller's function, inside the export only.
 */
final class PirlPeople {

    private PirlPeople() {}

    /**
     * The next {@code size} participants of {@code state} with an id of at least {@code fromId} and an
     * enrollment entered by {@code quarterEnd}, in id order; the SSN read through {@code ssn}.
     */
    static Map<Long, PeriodFacts.Person> page(
            Connection connection, String state, LocalDate quarterEnd, long fromId, int size, UnaryOperator<String> ssn)
            throws SQLException {
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
                                    PirlRows.date(r.getObject(6)),
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

    /** The person with the races recorded (read apart: several rows each). */
    static PeriodFacts.Person withRaces(PeriodFacts.Person p, Set<String> races) {
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
}
