package org.waypoint.persistence.participant;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Stops the upgrade to one participant per SSN (migration V12, issue 11 defect B) while the same SSN
 * is registered more than once, naming the participant numbers of each such group (never the SSN)
 * for an administrator to merge or correct first.
 *
 * <p>Registered as a Flyway callback before each migration as well as called by V12 itself: a
 * failing migration is recorded as failed on H2 (no transactional DDL), and Flyway then refuses to
 * start until someone runs {@code repair}; refused before the migration begins, nothing is recorded
 * and the next start simply tries again.
 */
public class DuplicateSsnCheck implements Callback {

    private static final MigrationVersion UNIQUE_SSN = MigrationVersion.fromVersion("12");

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (context.getMigrationInfo() != null
                && UNIQUE_SSN.equals(context.getMigrationInfo().getVersion())) {
            try {
                requireNone(context.getConnection());
            } catch (SQLException e) {
                throw new FlywayException("Cannot look for SSNs registered twice", e);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "duplicate SSN check";
    }

    /** Throws, with the report, when an SSN is registered to more than one participant. */
    public static void requireNone(Connection connection) throws SQLException {
        List<List<String>> duplicates = groups(connection);
        if (!duplicates.isEmpty()) {
            throw new FlywayException(report(duplicates));
        }
    }

    /** The participant numbers of each SSN registered more than once, in a stable order. */
    static List<List<String>> groups(Connection connection) throws SQLException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT p.ssn_hash, p.participant_number FROM participant p"
                        + " WHERE p.ssn_hash IN (SELECT d.ssn_hash FROM participant d WHERE d.ssn_hash IS NOT NULL"
                        + " GROUP BY d.ssn_hash HAVING COUNT(*) > 1)"
                        + " ORDER BY p.ssn_hash, p.participant_number")) {
            while (rows.next()) {
                groups.computeIfAbsent(rows.getString(1), hash -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        List<List<String>> numbers = new ArrayList<>(groups.values());
        numbers.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return numbers;
    }

    static String report(List<List<String>> duplicates) {
        StringBuilder message = new StringBuilder("Waypoint cannot upgrade the database: ")
                .append(duplicates.size())
                .append(duplicates.size() == 1 ? " SSN is" : " SSNs are")
                .append(" registered to more than one participant, and the same SSN is the same person."
                        + " Merge or correct these records with the version of Waypoint installed before,"
                        + " then start this version again. Participants sharing an SSN, one line per SSN:");
        for (List<String> group : duplicates) {
            message.append("\n  ").append(String.join(", ", group));
        }
        return message.toString();
    }
}
