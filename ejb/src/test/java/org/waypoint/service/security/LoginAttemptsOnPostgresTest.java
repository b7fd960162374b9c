package org.waypoint.service.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;

/**
 * {@link LoginAttemptsCases} on PostgreSQL (mvn test -Ppostgresql; 127.0.0.1:5432), each test on a
 * fresh database of its own name, dropped afterwards.
 */
@Tag("postgresql")
class LoginAttemptsOnPostgresTest extends LoginAttemptsCases {

    private static final String SERVER = System.getProperty("waypoint.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("waypoint.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("waypoint.pg.password", "");

    private final String database = "waypoint_logins_" + System.nanoTime();

    @Override
    String[] emptyDatabase() throws SQLException {
        admin("CREATE DATABASE " + database);
        return new String[] {SERVER + database, USER, PASSWORD};
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @Override
    void dispose() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
