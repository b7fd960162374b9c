package org.waypoint.service.common;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the database refusing a row for one named unique index: SQLState 23505 on H2 and on
 * PostgreSQL alike, with the index name in the message (upper case on H2). Lets a service answer a
 * race that only the database can decide (issue 11, defect B) with the usual 400 or 409 instead of
 * a 500.
 */
public final class UniqueViolation {

    static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    /** Whether {@code failure}, or anything it wraps (batched statements included), is that refusal. */
    public static boolean of(Throwable failure, String indexName) {
        String name = indexName.toLowerCase(Locale.ROOT);
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                // a batch reports the statement that failed as its next exception
                for (Throwable each : sql) {
                    if (each instanceof SQLException e
                            && SQL_STATE.equals(e.getSQLState())
                            && e.getMessage() != null
                            && e.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
