package org.waypoint.service.lmi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.waypoint.persistence.lmi.LmiDatasetKind;

/**
 * Holds back an import whose file has far fewer rows than the current data of its kind and scope
 * (a truncated O*NET file once replaced 1,016 occupations with 307). Under 80% of the current rows
 * asks for the administrator's confirmation: a new release of a published file adds and drops a
 * few percent of its rows, so 80% leaves room for a real revision and none for a file cut in half.
 */
final class VintageSizeCheck {

    /** The least share of the current row count a new file may have without confirmation. */
    static final int MIN_SHARE_PERCENT = 80;

    private final Connection connection;

    VintageSizeCheck(Connection connection) {
        this.connection = connection;
    }

    /**
     * @throws SmallerVintageException when the file is much smaller than the current data and the
     *     import was not confirmed
     */
    void check(LmiDatasetKind kind, String scope, String fileName, int newRows, boolean confirmed) throws SQLException {
        if (confirmed) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT row_count, vintage FROM lmi_dataset"
                + " WHERE kind = ? AND scope = ? AND current_data = TRUE ORDER BY id DESC")) {
            select.setString(1, kind.name());
            select.setString(2, scope);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next() && isFarSmaller(newRows, rows.getInt(1))) {
                    throw new SmallerVintageException(fileName, newRows, rows.getInt(1), rows.getString(2));
                }
            }
        }
    }

    /** Whether {@code newRows} is under {@link #MIN_SHARE_PERCENT}% of {@code currentRows}. */
    static boolean isFarSmaller(int newRows, int currentRows) {
        return (long) newRows * 100 < (long) currentRows * MIN_SHARE_PERCENT;
    }
}
