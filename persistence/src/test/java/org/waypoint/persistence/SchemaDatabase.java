package org.waypoint.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.waypoint.persistence.participant.DuplicateSsnCheck;

/** An empty database migrated by the shipped Flyway scripts, and EclipseLink outside a container on it. */
final class SchemaDatabase {

    private SchemaDatabase() {}

    static MigrateResult migrate(String url, String user, String password, String vendor) {
        return migrate(url, user, password, vendor, "latest");
    }

    /** Migrates up to {@code target} ("latest" for all), as Waypoint does (with its callback). */
    static MigrateResult migrate(String url, String user, String password, String vendor, String target) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .callbacks(new DuplicateSsnCheck())
                .target(target)
                .load()
                .migrate();
    }

    /** The "waypoint" persistence unit as deployed, but resource-local on a plain JDBC URL. */
    static EntityManagerFactory entityManagerFactory(String url, String user, String password) {
        return Persistence.createEntityManagerFactory(
                "waypoint",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", user,
                        "jakarta.persistence.jdbc.password", password,
                        "eclipselink.target-server", "None",
                        "jakarta.persistence.validation.mode", "NONE",
                        // Outside the server nothing weaves the classes: that only makes lazy
                        // references eager here, which EclipseLink would otherwise warn about.
                        "eclipselink.weaving", "false",
                        "eclipselink.logging.level", "SEVERE"));
    }
}
