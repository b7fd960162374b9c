package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply cleanly to an empty PostgreSQL database (run by {@code mvn verify -Ppostgresql};
 * PostgreSQL on 127.0.0.1:5432, a fresh database created and dropped by the test), and the database
 * itself refuses to change an audit row.
 */
@Tag("postgresql")
class MigrationsOnPostgresTest {

    private static final String SERVER = System.getProperty("waypoint.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("waypoint.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("waypoint.pg.password", "");

    private final String database = "waypoint_migrations_" + System.nanoTime();

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        admin("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void migrationsApplyToAnEmptyPostgresAndTheEntitiesMapOntoTheSchema() throws SQLException {
        String url = SERVER + database;
        MigrateResult result = SchemaDatabase.migrate(url, USER, PASSWORD, "postgresql");
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(41);
        assertThat(result.targetSchemaVersion).isEqualTo("37");

        MappingCheck.run(SchemaDatabase.entityManagerFactory(url, USER, PASSWORD));

        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET actor = 'someone-else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void anSsnRegisteredTwiceStopsTheUpgradeNamingTheParticipants() throws SQLException {
        new ParticipantUniquenessCheck(SERVER + database, USER, PASSWORD, "postgresql")
                .duplicateSsnsStopTheUpgradeNamingTheParticipants();
    }

    @Test
    void aCleanDatabaseGetsTheUniqueIndexesAndTheIdentityKeys() throws SQLException {
        new ParticipantUniquenessCheck(SERVER + database, USER, PASSWORD, "postgresql")
                .aCleanDatabaseGetsTheUniqueIndexesAndTheIdentityKeys();
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
