package org.waypoint.service.lmi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.waypoint.persistence.lmi.LmiDatasetKind;

/**
 * An in-memory H2 database migrated with Waypoint's own migrations, with Kentucky and its ten LWDAs
 * as the reference loader creates them, for testing imports and profiles without a server.
 */
final class LmiDatabase implements AutoCloseable {

    static final String[] KY_LWDAS = {
        "Bluegrass",
        "Cumberlands",
        "EKCEP",
        "Green River",
        "Kentuckiana Works",
        "Lincoln Trail",
        "Northern Kentucky",
        "South Central",
        "TENCO",
        "West Kentucky"
    };
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    final Connection connection;

    LmiDatabase() throws SQLException {
        String url = "jdbc:h2:mem:lmi" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO state_profile (code, name, plan_review_interval_days,"
                    + " assessment_max_age_months, version) VALUES ('KY', 'Kentucky', 90, 6, 1)");
            for (int i = 0; i < KY_LWDAS.length; i++) {
                statement.executeUpdate("INSERT INTO lwda (id, state_code, code, name, version) VALUES (" + (i + 1)
                        + ", 'KY', '" + LmiImport.slug(KY_LWDAS[i]) + "', '" + KY_LWDAS[i] + "', 1)");
            }
        }
        connection.setAutoCommit(false);
    }

    /**
     * Imports a shipped file in its own transaction, as the first start does (O*NET files as the
     * shipped release); rolls back on failure.
     */
    ImportSummary importShipped(LmiDatasetKind kind, String file) throws SQLException {
        return importBytes(kind, file, shipped(file), false, LmiStartupLoader.vintage(kind));
    }

    ImportSummary importBytes(LmiDatasetKind kind, String file, byte[] content) throws SQLException {
        return importBytes(kind, file, content, false);
    }

    ImportSummary importBytes(LmiDatasetKind kind, String file, byte[] content, boolean confirmed) throws SQLException {
        return importBytes(kind, file, content, confirmed, null);
    }

    ImportSummary importBytes(LmiDatasetKind kind, String file, byte[] content, boolean confirmed, String vintage)
            throws SQLException {
        try {
            ImportSummary summary = new LmiImport(connection, confirmed)
                    .run(kind, file, content, vintage, "state-admin", NOW, ImportProgress.NONE);
            connection.commit();
            return summary;
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Everything Waypoint ships (O*NET 29.2 included), as the first start loads it. */
    void importEverythingShipped() throws SQLException {
        for (var file : LmiStartupLoader.SHIPPED.entrySet()) {
            importShipped(file.getKey(), file.getValue());
        }
    }

    LmiData data() throws SQLException {
        return LmiData.load(new LmiStore(connection));
    }

    long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static byte[] shipped(String file) {
        try (InputStream in = LmiDatabase.class.getResourceAsStream("/org/waypoint/lmi/data/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not shipped");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test fixture (org/waypoint/lmi/fixtures): files Waypoint no longer ships. */
    static byte[] fixture(String file) {
        try (InputStream in = LmiDatabase.class.getResourceAsStream("/org/waypoint/lmi/fixtures/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not a test fixture");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
