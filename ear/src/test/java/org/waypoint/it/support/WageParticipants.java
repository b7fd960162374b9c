package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Participants with an SSN and an exited Adult enrollment, for the wage record tests: registered,
 * determined eligible and enrolled through the API by cm-bluegrass (Bluegrass, Kentucky), then the
 * enrollment's entry and exit moved into the past with SQL so that the quarters after exit have
 * ended. Each SSN is new in the test run (other tests register participants with SSNs too).
 */
public final class WageParticipants {

    private WageParticipants() {}

    /** A participant with this SSN whose Adult enrollment entered on {@code entry} and exited on {@code exit}. */
    public record Exited(long id, String ssn) {}

    /** An SSN no other test uses: area 700-729 (issued, not 666 or 9xx), random group and serial. */
    public static String newSsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "%03d-%02d-%04d", 700 + random.nextInt(30), 1 + random.nextInt(98), 1 + random.nextInt(9998));
    }

    public static Exited exited(DataSource dataSource, LocalDate entry, LocalDate exit) throws Exception {
        String ssn = newSsn();
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Wanda\",\"lastName\":\"Wages" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1990-06-15\",\"ssn\":\"" + ssn + "\"}");
        if (created.statusCode() == 409) {
            return exited(dataSource, entry, exit);
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Participants.json(created).getJsonNumber("id").longValue();
        Participants.determine(id, "ADULT", "1990-06-15", "\"publicAssistance\":[\"SNAP\"]");
        Participants.enroll(id, "ADULT");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE enrollment SET entry_date = ?,"
                        + " participation_date = ?, last_service_date = ?, exit_date = ?, exit_reason = 'MANUAL'"
                        + " WHERE participant_id = ?")) {
            update.setObject(1, entry);
            update.setObject(2, entry);
            update.setObject(3, exit);
            update.setObject(4, exit);
            update.setLong(5, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return new Exited(id, ssn);
    }
}
