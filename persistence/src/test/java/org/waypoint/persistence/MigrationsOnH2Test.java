package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations apply cleanly to an empty H2 database, and the entities map onto what they create. */
class MigrationsOnH2Test {

    @Test
    void migrationsApplyToAnEmptyH2AndTheEntitiesMapOntoTheSchema() {
        String url = "jdbc:h2:mem:migrations" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        MigrateResult result = SchemaDatabase.migrate(url, "sa", "", "h2");
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(15);
        assertThat(result.targetSchemaVersion).isEqualTo("11");

        MappingCheck.run(SchemaDatabase.entityManagerFactory(url, "sa", ""));
    }
}
