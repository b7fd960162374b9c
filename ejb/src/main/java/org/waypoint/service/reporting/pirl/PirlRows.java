package org.waypoint.service.reporting.pirl;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PIRL page's JDBC plumbing: one query over a range of participant ids (or of whatever the
 * first column keys) answered as rows, or as sets of strings, grouped by that first column; and
 * the conversions of the values JDBC drivers answer (H2 and PostgreSQL differ on dates).
 */
final class PirlRows {

    private PirlRows() {}

    /** {@code sql}'s two-column rows between {@code low} and {@code high}: the strings of each key. */
    static Map<Long, Set<String>> strings(Connection connection, String sql, long low, long high) throws SQLException {
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

    /** {@code sql}'s rows between {@code low} and {@code high}, {@code columns} values each, by key. */
    static Map<Long, List<Object[]>> rows(Connection connection, String sql, long low, long high, int columns)
            throws SQLException {
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

    static List<Object[]> of(List<Object[]> rows) {
        return rows == null ? List.of() : rows;
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
