package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations apply cleanly to an empty H2 database, and the entities map onto what they create. */
class MigrationsOnH2Test {

    private static String emptyDatabase() {
        return "jdbc:h2:mem:migrations" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void migrationsApplyToAnEmptyH2AndTheEntitiesMapOntoTheSchema() {
        String url = emptyDatabase();
        MigrateResult result = SchemaDatabase.migrate(url, "sa", "", "h2");
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(41);
        assertThat(result.targetSchemaVersion).isEqualTo("37");

        MappingCheck.run(SchemaDatabase.entityManagerFactory(url, "sa", ""));
    }

    @Test
    void anSsnRegisteredTwiceStopsTheUpgradeNamingTheParticipants() throws SQLException {
        new ParticipantUniquenessCheck(emptyDatabase(), "sa", "", "h2")
                .duplicateSsnsStopTheUpgradeNamingTheParticipants();
    }

    @Test
    void aCleanDatabaseGetsTheUniqueIndexesAndTheIdentityKeys() throws SQLException {
        new ParticipantUniquenessCheck(emptyDatabase(), "sa", "", "h2")
                .aCleanDatabaseGetsTheUniqueIndexesAndTheIdentityKeys();
    }
}
