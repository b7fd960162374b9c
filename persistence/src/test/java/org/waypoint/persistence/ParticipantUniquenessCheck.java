package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.participant.Participant;

/**
 * The migrations of issue 11, defect B (V12: one participant per SSN; V12_1: the identity key of a
 * name and date of birth) on a database that already holds participants, as an upgrade meets them.
 */
final class ParticipantUniquenessCheck {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    private final String url;
    private final String user;
    private final String password;
    private final String vendor;

    ParticipantUniquenessCheck(String url, String user, String password, String vendor) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.vendor = vendor;
    }

    /** The same SSN twice stops the upgrade naming the participants, and the next start goes on. */
    void duplicateSsnsStopTheUpgradeNamingTheParticipants() throws SQLException {
        SchemaDatabase.migrate(url, user, password, vendor, "11");
        sql(
                "INSERT INTO state_profile (code, name, plan_review_interval_days, assessment_max_age_months,"
                        + " version) VALUES ('KY', 'Kentucky', 90, 6, 1)",
                "INSERT INTO lwda (id, state_code, code, name, version) VALUES (1, 'KY', 'bluegrass', 'Bluegrass', 1)",
                participant(1, "WP-DUPE0001", "Ann", "Lee", "1990-01-01", HASH_A),
                participant(2, "WP-DUPE0002", "Anne", "Lee", "1990-01-01", HASH_A),
                participant(3, "WP-DUPE0003", "Bo", "Park", "1981-03-04", HASH_B),
                participant(4, "WP-DUPE0004", "Bo", "Parks", "1981-03-04", HASH_B),
                participant(5, "WP-DUPE0005", "Cy", "Moss", "1970-07-07", "c".repeat(64)),
                participant(6, "WP-DUPE0006", "Di", "Nash", "1972-02-02", null),
                participant(7, "WP-DUPE0007", "Ed", "Nash", "1972-02-02", null));

        assertThatThrownBy(() -> SchemaDatabase.migrate(url, user, password, vendor))
                .satisfies(e -> assertThat(messages(e))
                        .contains("2 SSNs are registered to more than one participant")
                        .contains("WP-DUPE0001, WP-DUPE0002")
                        .contains("WP-DUPE0003, WP-DUPE0004")
                        .contains("Merge or correct these records")
                        .doesNotContain("WP-DUPE0005")
                        .doesNotContain("WP-DUPE0006")
                        .doesNotContain(HASH_A)
                        .doesNotContain(HASH_B));
        assertThat(query("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" LIKE '12%'"))
                .as("nothing recorded, not even a failed migration that would need a repair")
                .containsExactly("0");
        assertThat(indexes()).contains("ix_participant_ssn_hash").doesNotContain("uq_participant_ssn_hash");

        // the administrator corrects the records; the next start upgrades
        sql(
                "UPDATE participant SET ssn_hash = NULL WHERE id = 2",
                "UPDATE participant SET ssn_hash = '" + "d".repeat(64) + "' WHERE id = 4");
        assertThat(SchemaDatabase.migrate(url, user, password, vendor).success).isTrue();
        assertThat(indexes()).contains("uq_participant_ssn_hash").doesNotContain("ix_participant_ssn_hash");
    }

    /**
     * A clean database gets the unique indexes; the first registered of each name and date of birth
     * holds the identity key, exactly as the application builds it.
     */
    void aCleanDatabaseGetsTheUniqueIndexesAndTheIdentityKeys() throws SQLException {
        SchemaDatabase.migrate(url, user, password, vendor, "11");
        sql(
                "INSERT INTO state_profile (code, name, plan_review_interval_days, assessment_max_age_months,"
                        + " version) VALUES ('KY', 'Kentucky', 90, 6, 1)",
                "INSERT INTO lwda (id, state_code, code, name, version) VALUES (1, 'KY', 'bluegrass', 'Bluegrass', 1)",
                participant(11, "WP-CLEAN011", "Ann", "Lee", "1990-01-01", HASH_A),
                participant(12, "WP-CLEAN012", "ANN", "LEE", "1990-01-01", null),
                participant(13, "WP-CLEAN013", "Ann", "Lee", "1990-01-02", null),
                participant(14, "WP-CLEAN014", "Bo", "Park", "1981-03-04", null));

        assertThat(SchemaDatabase.migrate(url, user, password, vendor).success).isTrue();

        assertThat(indexes()).contains("uq_participant_ssn_hash", "uq_participant_identity_key");
        assertThat(query("SELECT identity_key FROM participant ORDER BY id"))
                .containsExactly(
                        Participant.identityKeyOf("Ann", "Lee", LocalDate.of(1990, 1, 1)),
                        null,
                        Participant.identityKeyOf("Ann", "Lee", LocalDate.of(1990, 1, 2)),
                        Participant.identityKeyOf("Bo", "Park", LocalDate.of(1981, 3, 4)));
        assertThat(query("SELECT identity_key FROM participant WHERE id = 11")).containsExactly("lee|ann|1990-01-01");

        assertThatThrownBy(() -> sql(participant(15, "WP-CLEAN015", "Cy", "Moss", "1970-07-07", HASH_A)))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(e.getMessage().toLowerCase()).contains(Participant.SSN_UNIQUE);
                });
        sql(
                participant(16, "WP-CLEAN016", "Di", "Nash", "1972-02-02", null),
                participant(17, "WP-CLEAN017", "Ed", "Nash", "1972-02-02", null));
        sql("UPDATE participant SET identity_key = 'nash|di|1972-02-02' WHERE id = 16");
        assertThatThrownBy(() -> sql("UPDATE participant SET identity_key = 'nash|di|1972-02-02' WHERE id = 17"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(e.getMessage().toLowerCase()).contains(Participant.IDENTITY_KEY_UNIQUE);
                });
    }

    private static String participant(long id, String number, String first, String last, String born, String hash) {
        return "INSERT INTO participant (id, participant_number, first_name, last_name, date_of_birth, lwda_id,"
                + " created_at, version, ssn_hash, first_name_search, last_name_search) VALUES (" + id + ", '"
                + number + "', '" + first + "', '" + last + "', DATE '" + born + "', 1, CURRENT_TIMESTAMP, 1, "
                + (hash == null ? "NULL" : "'" + hash + "'") + ", '" + first.toLowerCase() + "', '"
                + last.toLowerCase() + "')";
    }

    private List<String> indexes() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet rows = connection
                        .getMetaData()
                        .getIndexInfo(null, null, vendor.equals("h2") ? "PARTICIPANT" : "participant", false, false)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null) {
                    names.add(rows.getString("INDEX_NAME").toLowerCase());
                }
            }
            return names;
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
