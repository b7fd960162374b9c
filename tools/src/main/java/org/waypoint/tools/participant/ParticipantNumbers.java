package org.waypoint.tools.participant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * New participant numbers, unique within the run and in the database: drawn at random like the
 * server's (never derived from anything about the person), then any already taken are drawn again.
 */
final class ParticipantNumbers {

    private static final String NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Connection connection;
    private final Random random;
    private final Set<String> used = new HashSet<>();

    ParticipantNumbers(Connection connection, Random random) {
        this.connection = connection;
        this.random = random;
    }

    List<String> next(int count) throws SQLException {
        Set<String> chosen = new LinkedHashSet<>();
        while (true) {
            while (chosen.size() < count) {
                String number = draw();
                if (!used.contains(number)) {
                    chosen.add(number);
                }
            }
            Set<String> taken = taken(chosen);
            if (taken.isEmpty()) {
                used.addAll(chosen);
                return new ArrayList<>(chosen);
            }
            used.addAll(taken);
            chosen.removeAll(taken);
        }
    }

    private String draw() {
        StringBuilder number = new StringBuilder("WP-");
        for (int i = 0; i < 8; i++) {
            number.append(NUMBER_ALPHABET.charAt(random.nextInt(NUMBER_ALPHABET.length())));
        }
        return number.toString();
    }

    /**
     * One array parameter, not a thousand: PostgreSQL planned {@code IN (?, ?, ...)} of 1,000
     * values as a scan of the whole participant table, once per chunk, which slowed a run from
     * 3,000 to 170 participants a second by 160,000 (issue 21); {@code = ANY (?)} is looked up in
     * the unique index on participant_number.
     */
    private Set<String> taken(Set<String> numbers) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT participant_number FROM participant WHERE participant_number = ANY (?)")) {
            java.sql.Array array = connection.createArrayOf("VARCHAR", numbers.toArray(new String[0]));
            query.setArray(1, array);
            Set<String> taken = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    taken.add(rows.getString(1));
                }
            }
            return taken;
        }
    }
}
