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
        String maintenance = url.substring(0, slash + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        System.out.println("Created an empty PostgreSQL database " + database);
    }
}
