package org.waypoint.tools.participant;

import java.sql.Connection;
import java.sql.SQLException;

/** The two databases Waypoint runs on, told apart by the JDBC driver's product name. */
enum SyntheticDatabase {
    POSTGRESQL("PostgreSQL", "SELECT nextval('waypoint_seq')"),
    H2("H2", "SELECT NEXT VALUE FOR waypoint_seq");

    private final String productName;
    private final String nextValueSql;

    SyntheticDatabase(String productName, String nextValueSql) {
        this.productName = productName;
        this.nextValueSql = nextValueSql;
    }

    @Override
    public String toString() {
        return productName;
    }

    String nextValueSql() {
        return nextValueSql;
    }

    static SyntheticDatabase of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        for (SyntheticDatabase database : values()) {
            if (database.productName.equalsIgnoreCase(product)) {
                return database;
            }
        }
        throw new IllegalStateException("Waypoint runs on PostgreSQL or H2, not on " + product);
    }
}
