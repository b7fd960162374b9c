package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.lmi.imports.OnetAlternateTitle;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;
import org.waypoint.service.lmi.imports.RowError;

/** Imports on a real (H2) database with Waypoint's migrations: all or nothing, by vintage. */
class LmiImportTest {

    private static final String OUTLOOK = "occupational-outlook-2022-2032.xlsx";

    private LmiDatabase db;

    @BeforeEach
    void database() throws Exception {
        db = new LmiDatabase();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void everyShippedFileImportsWithItsRowCountVintageAndImporter() throws Exception {
        db.importEverythingShipped();

        assertThat(db.count("SELECT COUNT(*) FROM lmi_projection")).isEqualTo(5245);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_wage")).isEqualTo(1403);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_occupation")).isEqualTo(1016);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_related_occupation")).isEqualTo(18460);
        // O*NET 29.2 has education data for 858 occupations (the November 2023 workbook 852).
        assertThat(db.count("SELECT COUNT(*) FROM lmi_education")).isEqualTo(858);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_job_zone")).isEqualTo(923);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_interest")).isEqualTo(923);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_alternate_title")).isEqualTo(56_560);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_reported_title")).isEqualTo(7_796);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_tool")).isEqualTo(41_662);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_technology_skill")).isEqualTo(32_627);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_task")).isEqualTo(18_796);
        LmiData data = db.data();
        assertThat(data.datasets())
                .extracting(LmiStore.DatasetRow::kind, LmiStore.DatasetRow::vintage)
                .containsExactly(
                        tuple(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, "KYSTATS Occupational Outlook 2022-2032"),
                        tuple(LmiDatasetKind.OEWS_WAGES, "BLS OEWS May 2024"),
                        tuple(LmiDatasetKind.ONET_OCCUPATIONS, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_RELATED_OCCUPATIONS, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_EDUCATION, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_JOB_ZONES, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_INTERESTS, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_ALTERNATE_TITLES, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_REPORTED_TITLES, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_TOOLS, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_TECHNOLOGY_SKILLS, "O*NET 29.2"),
                        tuple(LmiDatasetKind.ONET_TASKS, "O*NET 29.2"));
        assertThat(data.datasets()).allSatisfy(dataset -> {
            assertThat(dataset.importedBy()).isEqualTo("state-admin");
            assertThat(dataset.importedAt()).isEqualTo(LmiDatabase.NOW);
        });
    }

    @Test
    void kentuckyAndItsTenLwasBecomeAreasTiedToTheirLwdas() throws Exception {
        db.importShipped(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, OUTLOOK);

        LmiData data = db.data();
        assertThat(data.areas()).hasSize(11);
        assertThat(data.area("KY")).get().isEqualTo(new Area("KY", "Kentucky", AreaType.STATE, "KY"));
        assertThat(data.area("KY-kentuckiana-works"))
                .get()
                .isEqualTo(new Area("KY-kentuckiana-works", "Kentuckiana Works LWA", AreaType.LWA, "KY"));
        for (int i = 0; i < LmiDatabase.KY_LWDAS.length; i++) {
            assertThat(data.areaOfLwda((long) i + 1))
                    .as(LmiDatabase.KY_LWDAS[i])
                    .get()
                    .extracting(Area::name)
                    .isEqualTo(LmiDatabase.KY_LWDAS[i] + " LWA");
        }
    }

    @Test
    void aNewerImportSupersedesTheOlderWhoseRowsStayForWhatCitesThem() throws Exception {
        ImportSummary first = db.importShipped(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, OUTLOOK);
        ImportSummary second = db.importShipped(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, OUTLOOK);

        assertThat(second.superseded()).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset WHERE current_data = TRUE"))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset WHERE id = " + first.datasetId()
                        + " AND superseded_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_projection WHERE dataset_id = " + first.datasetId()))
                .isEqualTo(5245);
        assertThat(db.data().projection("KY-bluegrass", "31-9091"))
                .get()
                .extracting(LmiStore.ProjectionRow::datasetId)
                .isEqualTo(second.datasetId());
    }

    @Test
    void aTruncatedFileIsRefusedAndThePreviousDataStaysInUse() throws Exception {
        db.importShipped(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, OUTLOOK);
        byte[] whole = LmiDatabase.shipped(OUTLOOK);

        assertThatThrownBy(() -> db.importBytes(
                        LmiDatasetKind.OCCUPATIONAL_OUTLOOK, "cut.xlsx", Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("Nothing was changed");

        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset")).isEqualTo(1);
        assertThat(db.data().projection("KY-bluegrass", "31-9091").orElseThrow().meanWage())
                .isEqualTo(39647);
    }

    @Test
    void aFileWithAMissingColumnIsRefusedNamingTheColumn() throws Exception {
        db.importShipped(LmiDatasetKind.ONET_OCCUPATIONS, "onet-29.2-occupation-data.txt");
        byte[] noDescription =
                "O*NET-SOC Code\tTitle\n31-9091.00\tDental Assistants\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> db.importBytes(LmiDatasetKind.ONET_OCCUPATIONS, "occ.txt", noDescription))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("missing column(s) \"Description\"");

        assertThat(db.count("SELECT COUNT(*) FROM lmi_occupation")).isEqualTo(1016);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithTheRowNumbers() throws Exception {
        db.importShipped(LmiDatasetKind.ONET_OCCUPATIONS, "onet-29.2-occupation-data.txt");
        byte[] badRow = ("O*NET-SOC Code\tTitle\tDescription\n31-9091.00\tDental Assistants\tAssist dentists.\n"
                        + "31-90X1.00\tBroken\tA bad code.\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> db.importBytes(LmiDatasetKind.ONET_OCCUPATIONS, "occ.txt", badRow))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errorCount()).isEqualTo(1);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.rowNumber()).isEqualTo(3);
                        assertThat(error.column()).isEqualTo("O*NET-SOC Code");
                    });
                });

        assertThat(db.count("SELECT COUNT(*) FROM lmi_occupation")).isEqualTo(1016);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset")).isEqualTo(1);
    }

    @Test
    void theZipCrosswalkKeepsOnlyCountiesOfTheStatesWaypointServes() throws Exception {
        try (var statement = db.connection.createStatement()) {
            statement.executeUpdate("INSERT INTO county (fips, name, state_code, lwda_id, version)"
                    + " VALUES ('21067', 'Fayette', 'KY', 1, 1)");
        }
        db.connection.commit();
        byte[] file = "\uFEFFzip,county\r\n40507,21067\r\n45202,39061\r\n".getBytes(StandardCharsets.UTF_8);

        ImportSummary summary = db.importBytes(LmiDatasetKind.ZIP_COUNTY, "ZIP_COUNTY.csv", file);

        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(summary.rowsImported()).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM zip_county WHERE zip = '40507' AND county_fips = '21067'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM zip_county")).isEqualTo(1);
    }

    @Test
    void aTextFileCutMidLineIsRefusedNamingTheRowAndColumnAndThePreviousDataStaysInUse() throws Exception {
        db.importShipped(LmiDatasetKind.ONET_OCCUPATIONS, "onet-29.2-occupation-data.txt");
        String whole = new String(LmiDatabase.shipped("onet-29.2-occupation-data.txt"), StandardCharsets.UTF_8);
        String[] lines = whole.split("\n");
        // Cut in the middle of row 309's title: the description column is missing.
        String cut = String.join("\n", Arrays.copyOf(lines, 308)) + "\n" + lines[308].substring(0, 14);

        assertThatThrownBy(() -> db.importBytes(
                        LmiDatasetKind.ONET_OCCUPATIONS, "occ.txt", cut.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getMessage()).contains("the last line (row 309) is incomplete", "cut short");
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.rowNumber()).isEqualTo(309);
                        assertThat(error.column()).isEqualTo("Description");
                    });
                });

        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_occupation")).isEqualTo(1016);
    }

    @Test
    void aNewVintageWithUnderEightyPercentOfTheRowsIsHeldUntilConfirmed() throws Exception {
        db.importShipped(LmiDatasetKind.ONET_OCCUPATIONS, "onet-29.2-occupation-data.txt");
        String whole = new String(LmiDatabase.shipped("onet-29.2-occupation-data.txt"), StandardCharsets.UTF_8);
        // Cut at a line break: every row is whole, only the count gives the truncation away.
        String first307 = String.join("\n", Arrays.copyOf(whole.split("\n"), 308)) + "\n";
        byte[] file = first307.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> db.importBytes(LmiDatasetKind.ONET_OCCUPATIONS, "occ.txt", file))
                .isInstanceOfSatisfying(SmallerVintageException.class, e -> {
                    assertThat(e.newRows()).isEqualTo(307);
                    assertThat(e.currentRows()).isEqualTo(1016);
                });
        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset")).isEqualTo(1);

        ImportSummary confirmed = db.importBytes(LmiDatasetKind.ONET_OCCUPATIONS, "occ.txt", file, true);

        assertThat(confirmed.rowsImported()).isEqualTo(307);
        assertThat(confirmed.superseded()).isEqualTo(1);
    }

    @Test
    void aNewVintageOfEightyPercentOrMoreNeedsNoConfirmation() {
        assertThat(VintageSizeCheck.isFarSmaller(813, 1016)).isFalse(); // 80.0%
        assertThat(VintageSizeCheck.isFarSmaller(812, 1016)).isTrue(); // 79.9%
        assertThat(VintageSizeCheck.isFarSmaller(2000, 1016)).isFalse();
    }

    @Test
    void theOnet292FilesReadBackIntoTheLookupsInOnetsOrder() throws Exception {
        for (LmiDatasetKind kind : ONET_292_KINDS) {
            db.importShipped(kind, LmiStartupLoader.SHIPPED.get(kind));
        }

        LmiData data = db.data();
        assertThat(data.jobZone("31-9091.00")).hasValue(3);
        assertThat(data.interests("31-9091.00"))
                .get()
                .extracting(i -> i.highPoints())
                .isEqualTo("CRS");
        assertThat(data.allInterests()).hasSize(923);
        assertThat(data.alternateTitles("31-9091.00"))
                .hasSize(21)
                .first()
                .isEqualTo(new OnetAlternateTitle("31-9091.00", "Certified Dental Assistant (CDA)", "CDA"));
        assertThat(data.alternateTitles("31-9091.00"))
                .extracting(OnetAlternateTitle::title)
                .contains("Dental Aide");
        assertThat(data.alternateTitles("31-9091.00"))
                .filteredOn(title -> title.title().equals("Dental Aide"))
                .extracting(OnetAlternateTitle::shortTitle)
                .containsExactly((String) null);
        assertThat(data.reportedTitles("31-9091.00")).hasSize(10);
        assertThat(data.tools("31-9091.00"))
                .hasSize(105)
                .first()
                .extracting(t -> t.example())
                .isEqualTo("Air abrasion units");
        assertThat(data.technologySkills("31-9091.00"))
                .filteredOn(OnetTechnologySkill::hotTechnology)
                .extracting(OnetTechnologySkill::example)
                .containsExactly("Henry Schein Dentrix", "Microsoft Excel", "Microsoft Office software");
        assertThat(data.tasks("31-9091.00")).hasSize(16).first().satisfies(task -> {
            assertThat(task.taskId()).isEqualTo(550);
            assertThat(task.core()).isTrue();
        });
    }

    @Test
    void anOnet292ImportSupersedesTheOlderDatasetOfItsKind() throws Exception {
        ImportSummary first = db.importShipped(LmiDatasetKind.ONET_TOOLS, "onet-29.2-tools-used.txt");

        ImportSummary second = db.importBytes(
                LmiDatasetKind.ONET_TOOLS,
                "Tools Used.txt",
                LmiDatabase.shipped("onet-29.2-tools-used.txt"),
                false,
                "O*NET 29.3");

        assertThat(second.superseded()).isEqualTo(1);
        assertThat(second.vintage()).isEqualTo("O*NET 29.3");
        assertThat(db.data().current(LmiDatasetKind.ONET_TOOLS))
                .get()
                .extracting(LmiStore.DatasetRow::id)
                .isEqualTo(second.datasetId());
        assertThat(db.count("SELECT COUNT(*) FROM lmi_tool WHERE dataset_id = " + first.datasetId()))
                .as("the superseded rows stay for what cites them")
                .isEqualTo(41_662);
        assertThat(db.data().tools("31-9091.00")).hasSize(105);
    }

    @Test
    void aBadOnet292FileChangesNothing() throws Exception {
        db.importShipped(LmiDatasetKind.ONET_TASKS, "onet-29.2-task-statements.txt");
        String whole = new String(LmiDatabase.shipped("onet-29.2-task-statements.txt"), StandardCharsets.UTF_8);
        // The whole file with one task type misspelt on row 3.
        String[] lines = whole.split("\n", 4);
        String bad = lines[0] + "\n" + lines[1] + "\n" + lines[2].replace("\tCore\t", "\tCorr\t") + "\n" + lines[3];

        String file = bad;
        assertThatThrownBy(() -> db.importBytes(
                        LmiDatasetKind.ONET_TASKS, "Task Statements.txt", file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getMessage()).contains("Nothing was changed");
                    assertThat(e.errors())
                            .extracting(RowError::rowNumber, RowError::column)
                            .containsExactly(tuple(3, "Task Type"));
                });

        assertThat(db.count("SELECT COUNT(*) FROM lmi_dataset WHERE kind = 'ONET_TASKS'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM lmi_task")).isEqualTo(18_796);
        assertThat(db.data().tasks("31-9091.00")).hasSize(16);
    }

    private static final LmiDatasetKind[] ONET_292_KINDS = {
        LmiDatasetKind.ONET_JOB_ZONES,
        LmiDatasetKind.ONET_INTERESTS,
        LmiDatasetKind.ONET_ALTERNATE_TITLES,
        LmiDatasetKind.ONET_REPORTED_TITLES,
        LmiDatasetKind.ONET_TOOLS,
        LmiDatasetKind.ONET_TECHNOLOGY_SKILLS,
        LmiDatasetKind.ONET_TASKS
    };
}
