package org.waypoint.tools.participant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from {@code waypoint_seq} the way the application's EclipseLink takes them, so that rows
 * written here and rows the running server writes never share an id.
 *
 * <p>The sequence is {@code INCREMENT BY 50} and the entities declare {@code allocationSize = 50}.
 * EclipseLink's native sequencing (without {@code eclipselink.sequencing.start-sequence-at-nextval},
 * which Waypoint does not set) treats the value {@code v} returned by one {@code nextval} as the
 * <em>last</em> id of its block and uses {@code v - 49} to {@code v}. Using {@code v} to {@code v +
 * 49} instead would overlap the block the server takes with the next call ({@code v + 1} to {@code v
 * + 50}), so this class follows EclipseLink.
 */
final class SequenceIds {

    static final int BLOCK = 50;

    private final PreparedStatement nextValue;
    private long next;
    private long last = -1;

    SequenceIds(Connection connection, SyntheticDatabase database) throws SQLException {
        this.nextValue = connection.prepareStatement(database.nextValueSql());
    }

    long next() throws SQLException {
        if (next > last) {
            try (ResultSet row = nextValue.executeQuery()) {
                row.next();
                last = row.getLong(1);
            }
            next = last - BLOCK + 1;
        }
        return next++;
    }
}
