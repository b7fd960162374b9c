package org.waypoint.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

    @Test
    void eachSupportedDatabaseHasItsMigrationFolder() {
        assertThat(DatabaseMigrator.vendorFolder("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DatabaseMigrator.vendorFolder("H2")).isEqualTo("h2");
    }

    @Test
    void anUnsupportedDatabaseIsRefusedByName() {
        assertThatThrownBy(() -> DatabaseMigrator.vendorFolder("MariaDB"))
                .hasMessage("Waypoint runs on PostgreSQL or H2, not on MariaDB");
    }
}
