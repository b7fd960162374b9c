package org.waypoint.service.wages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.wages.WageMatching.Key;
import org.waypoint.service.wages.WageMatching.Match;

/**
 * The wage import's SQL, plain JDBC on the import's connection (a state file has millions of rows):
 * participants looked up by SSN hash in chunks, existing records of a chunk's participants, and the
 * batched update-then-insert upsert, which runs the same on H2 and PostgreSQL. The primary key on
 * participant, quarter and employer stops two imports racing to insert the same record.
 */
final class WageStore {

    private final Connection connection;

    WageStore(Connection connection) {
        this.connection = connection;
    }

    /** The participants of {@code state}'s LWDAs among {@code hashes}, by hash. */
    Map<String, Long> participantsByHash(String state, Collection<String> hashes) throws SQLException {
        if (hashes.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> found = new HashMap<>();
        String sql = "SELECT p.ssn_hash, p.id FROM participant p JOIN lwda l ON l.id = p.lwda_id"
                + " WHERE l.state_code = ? AND p.ssn_hash IN (" + marks(hashes.size()) + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, state);
            int i = 2;
            for (String hash : hashes) {
                query.setString(i++, hash);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return found;
    }

    /** The import that wrote each record the participants already have in the given quarters. */
    Map<Key, Long> existing(Collection<Long> participants, Collection<Integer> quarterIndexes) throws SQLException {
        if (participants.isEmpty()) {
            return Map.of();
        }
        Map<Key, Long> found = new HashMap<>();
        String sql = "SELECT participant_id, wage_year, wage_quarter, employer_fein, wage_import_id FROM wage_record"
                + " WHERE participant_id IN (" + marks(participants.size()) + ")"
                + " AND wage_year * 4 + wage_quarter IN (" + marks(quarterIndexes.size()) + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            for (Long participant : participants) {
                query.setLong(i++, participant);
            }
            for (Integer index : quarterIndexes) {
                query.setInt(i++, index);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(
                            new Key(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getString(4)),
                            rows.getLong(5));
                }
            }
        }
        return found;
    }

    void replace(List<Match> matches, long importId) throws SQLException {
        if (matches.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE wage_record SET wages = ?, wage_import_id = ?"
                        + " WHERE participant_id = ? AND wage_year = ? AND wage_quarter = ? AND employer_fein = ?")) {
            for (Match match : matches) {
                update.setBigDecimal(1, match.wages());
                update.setLong(2, importId);
                bindKey(update, 3, match.key());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    void insert(List<Match> matches, long importId) throws SQLException {
        if (matches.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO wage_record"
                + " (participant_id, wage_year, wage_quarter, employer_fein, wages, wage_import_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Match match : matches) {
                bindKey(insert, 1, match.key());
                insert.setBigDecimal(5, match.wages());
                insert.setLong(6, importId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setLong(first, key.participantId());
        statement.setInt(first + 1, key.year());
        statement.setInt(first + 2, key.quarter());
        statement.setString(first + 3, key.fein());
    }

    private static String marks(int count) {
        return String.join(", ", new ArrayList<>(Collections.nCopies(count, "?")));
    }
}
