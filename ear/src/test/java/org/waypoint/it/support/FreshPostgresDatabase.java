package org.waypoint.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test setup of the PostgreSQL profile (run by Maven before the server starts): drops and creates
 * the integration-test database, so every run starts from an empty database and the migrations are
 * proven on it. Connects to the server's "postgres" maintenance database to do so.
 */
public final class FreshPostgresDatabase {

    private FreshPostgresDatabase() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected test database name " + database);
        }
        maintenance(
                url,
                user,
                password,
                "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
                "CREATE DATABASE " + database);
        System.out.println("Created an empty PostgreSQL database " + database);
    }

    /** Runs statements on the "postgres" maintenance database of the server {@code url} points at. */
    static void maintenance(String url, String user, String password, String... sql) throws SQLException {
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user, password);
                Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    /** {@link #maintenance} on the test server's PostgreSQL (the failsafe properties waypoint.it.pg.*). */
    static void maintenance(String sql) throws SQLException {
        maintenance(
                System.getProperty("waypoint.it.pg.url"),
                System.getProperty("waypoint.it.pg.user"),
                System.getProperty("waypoint.it.pg.password"),
                sql);
    }
}
