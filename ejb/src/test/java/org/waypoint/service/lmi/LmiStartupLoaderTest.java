package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.common.Sha256;
import org.waypoint.service.lmi.LmiStore.DatasetRow;

/**
 * When the start imports a shipped file: on the first start, and when an upgrade ships another file
 * of a kind the first start loaded (O*NET 27.0 to 29.2), but never over an administrator's import.
 */
class LmiStartupLoaderTest {

    private static final String SHIPPED_NOW = Sha256.hex(LmiStartupLoader.shipped("onet-29.2-occupation-data.txt"));
    private static final String SHIPPED_BEFORE = "164236c5e0f1d16bfbafe017a16f20a993948cc4b1534d1da631652c81708f0f";

    @Test
    void aKindWithNoDataIsImported() {
        assertThat(LmiStartupLoader.needsImport(Optional.empty(), SHIPPED_NOW)).isTrue();
    }

    @Test
    void theFileTheFirstStartImportedIsKept() {
        assertThat(LmiStartupLoader.needsImport(dataset(LmiStartupLoader.IMPORTER, SHIPPED_NOW), SHIPPED_NOW))
                .isFalse();
    }

    @Test
    void anOlderShippedFileIsReplacedByTheOneShippedNow() {
        // O*NET 27.0's Occupation Data, as the first start of an older Waypoint imported it.
        assertThat(LmiStartupLoader.needsImport(dataset(LmiStartupLoader.IMPORTER, SHIPPED_BEFORE), SHIPPED_NOW))
                .isTrue();
    }

    @Test
    void anAdministratorsImportIsNeverReplaced() {
        assertThat(LmiStartupLoader.needsImport(dataset("state-admin", SHIPPED_BEFORE), SHIPPED_NOW))
                .isFalse();
        assertThat(LmiStartupLoader.needsImport(dataset("state-admin", SHIPPED_NOW), SHIPPED_NOW))
                .isFalse();
    }

    @Test
    void everyKindIsShippedAndOnlyOnetFilesAreGivenTheRelease() {
        assertThat(LmiStartupLoader.SHIPPED.keySet())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(LmiDatasetKind.values())
                        .filter(kind -> kind != LmiDatasetKind.ZIP_COUNTY)
                        .toArray(LmiDatasetKind[]::new));
        LmiStartupLoader.SHIPPED.values().forEach(file -> assertThat(LmiStartupLoader.shipped(file))
                .isNotEmpty());
        assertThat(LmiStartupLoader.vintage(LmiDatasetKind.ONET_TOOLS)).isEqualTo("O*NET 29.2");
        assertThat(LmiStartupLoader.vintage(LmiDatasetKind.OEWS_WAGES)).isNull();
    }

    @Test
    void anUpgradedDatabaseMovesToTheShippedReleaseKeepingWhatTheAdministratorImported() throws Exception {
        try (LmiDatabase db = new LmiDatabase()) {
            // An older start: 27.0 occupations by the first-start loader; tools imported by hand.
            new LmiImport(db.connection)
                    .run(
                            LmiDatasetKind.ONET_OCCUPATIONS,
                            "onet-occupation-data.txt",
                            LmiDatabase.fixture("onet-27.0-occupation-data.txt"),
                            "O*NET 27.0",
                            LmiStartupLoader.IMPORTER,
                            LmiDatabase.NOW,
                            ImportProgress.NONE);
            byte[] tools = LmiDatabase.shipped("onet-29.2-tools-used.txt");
            new LmiImport(db.connection)
                    .run(
                            LmiDatasetKind.ONET_TOOLS,
                            "Tools Used.txt",
                            tools,
                            "O*NET 29.1",
                            "state-admin",
                            LmiDatabase.NOW,
                            ImportProgress.NONE);
            db.connection.commit();

            Map<LmiDatasetKind, String> toImport = LmiStartupLoader.toImport(db.data());

            assertThat(toImport).containsEntry(LmiDatasetKind.ONET_OCCUPATIONS, "onet-29.2-occupation-data.txt");
            assertThat(toImport).doesNotContainKey(LmiDatasetKind.ONET_TOOLS).hasSize(11);
            for (Map.Entry<LmiDatasetKind, String> file : toImport.entrySet()) {
                new LmiImport(db.connection, true)
                        .run(
                                file.getKey(),
                                file.getValue(),
                                LmiStartupLoader.shipped(file.getValue()),
                                LmiStartupLoader.vintage(file.getKey()),
                                LmiStartupLoader.IMPORTER,
                                LmiDatabase.NOW,
                                ImportProgress.NONE);
                db.connection.commit();
            }
            LmiData after = db.data();

            assertThat(after.current(LmiDatasetKind.ONET_OCCUPATIONS))
                    .get()
                    .extracting(DatasetRow::vintage, DatasetRow::fileName)
                    .containsExactly("O*NET 29.2", "onet-29.2-occupation-data.txt");
            assertThat(after.current(LmiDatasetKind.ONET_TOOLS))
                    .get()
                    .extracting(DatasetRow::vintage, DatasetRow::importedBy)
                    .containsExactly("O*NET 29.1", "state-admin");
            assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset WHERE kind = 'ONET_OCCUPATIONS'"))
                    .as("the 27.0 dataset is superseded, its rows kept")
                    .isEqualTo(2);
            assertThat(LmiStartupLoader.toImport(after))
                    .as("the next start imports nothing")
                    .isEmpty();
        }
    }

    private static Optional<DatasetRow> dataset(String importedBy, String sha256) {
        return Optional.of(new DatasetRow(
                1,
                LmiDatasetKind.ONET_OCCUPATIONS,
                "O*NET",
                "O*NET 27.0",
                "onet-occupation-data.txt",
                1016,
                importedBy,
                LocalDateTime.of(2026, 1, 5, 8, 0),
                sha256));
    }
}
