package org.waypoint.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.waypoint.persistence.participant.DuplicateSsnCheck;

/**
 * Brings the schema up to date before anything else runs: Flyway applies the migrations in
 * db/migration/common and those of the database in use (db/migration/h2 or postgresql); Java
 * migrations sit in the same locations (package db.migration.common). Bean-managed
 * so that Flyway commits each migration itself rather than inside a container transaction.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    /**
     * The Waypoint database, as the application names it on every server: a resource reference the
     * EJB module declares (ejb-jar.xml) and each server's descriptor maps to the datasource
     * configured there (jboss-ejb3.xml: {@code java:/jdbc/waypoint}; glassfish-ejb-jar.xml: {@code
     * jdbc/waypoint}). persistence.xml names the server's resource, {@code jdbc/waypoint}, itself.
     */
    public static final String DATASOURCE = "java:app/jdbc/waypoint";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private String databaseProduct;
    private String schemaVersion;

    @PostConstruct
    void migrate() {
        boolean onlyBatchTables;
        try (Connection connection = dataSource.getConnection()) {
            databaseProduct = connection.getMetaData().getDatabaseProductName();
            onlyBatchTables = BatchRepositoryTables.onlyBatchTables(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the Waypoint database", e);
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder(databaseProduct))
                // refuses the unique-SSN migration before it starts, so H2 records no failed migration
                .callbacks(new DuplicateSsnCheck())
                // a new database that holds only the batch job repository's tables (see BatchRepositoryTables)
                .baselineOnMigrate(onlyBatchTables)
                .baselineVersion("0")
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database " + databaseProduct + " migrated to schema version " + schemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** The folder of vendor-specific migrations for a JDBC database product name. */
    static String vendorFolder(String databaseProduct) {
        String product = databaseProduct.toLowerCase();
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Waypoint runs on PostgreSQL or H2, not on " + databaseProduct);
    }

    /** True on the embedded H2 database, the only one on which demo users may be created. */
    public boolean isEmbeddedDatabase() {
        return databaseProduct != null && databaseProduct.toUpperCase().contains("H2");
    }

    public String getDatabaseProduct() {
        return databaseProduct;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }
}
