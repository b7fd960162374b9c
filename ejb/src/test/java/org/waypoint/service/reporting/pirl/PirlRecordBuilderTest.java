package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.wages.EmploymentByQuarter;

/** Each element's derivation from a period's facts, with the layout's rule in the test's comment. */
class PirlRecordBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static PeriodFacts.Person person() {
        return new PeriodFacts.Person(
                7,
                "WP-ABCDEFGH",
                "KY",
                "21067",
                "40507",
                LocalDate.of(1990, 6, 15),
                "FEMALE",
                "NO",
                "NOT_DISCLOSED",
                Set.of("WHITE"),
                false,
                false,
                "EXHAUSTEE",
                12,
                "123456789",
                "bluegrass",
                "Bluegrass LWA",
                "Lexington Center");
    }

    static PeriodFacts.Entry adult(String exit, Set<String> barriers, Set<String> assistance) {
        return new PeriodFacts.Entry(
                11,
                "ADULT",
                LocalDate.of(2025, 2, 3),
                exit == null ? null : LocalDate.parse(exit),
                null,
                "EMPLOYED_WITH_TERMINATION_NOTICE",
                "SECONDARY_EQUIVALENCY",
                "NOT_IN_SCHOOL_GRADUATE",
                barriers,
                assistance,
                false);
    }

    static PeriodFacts facts(
            PeriodFacts.Entry entry,
            List<PeriodFacts.Service> services,
            List<PeriodFacts.Training> trainings,
            List<EmploymentByQuarter.Wage> wages) {
        return new PeriodFacts(
                person(),
                List.of(entry),
                services,
                trainings,
                List.of(new PeriodFacts.Credential(LocalDate.of(2025, 8, 1), 5)),
                List.of(
                        new PeriodFacts.SkillGain(LocalDate.of(2025, 5, 1), 1809),
                        new PeriodFacts.SkillGain(LocalDate.of(2025, 7, 1), 1809)),
                wages,
                List.of(),
                Set.of(new CalendarQuarter(2026, 1), new CalendarQuarter(2026, 2)),
                List.of());
    }

    private final PirlRecordBuilder builder = new PirlRecordBuilder(PirlLayout.standard(), TODAY);

    @Test
    void identityIsTheParticipantNumberNeverTheSsnAndTheSsnOnlyIn2700() {
        Map<String, String> r = builder.build(facts(adult(null, Set.of(), Set.of()), List.of(), List.of(), List.of()));
        assertThat(r)
                .containsEntry("100", "WP-ABCDEFGH")
                .containsEntry("101", "KY")
                .containsEntry("102", "067")
                .containsEntry("103", "40507")
                .containsEntry("2700", "123456789")
                .containsEntry("2701", "Bluegrass LWA")
                .containsEntry("2702", "Lexington Center");
        assertThat(r)
                .as("108-A needs a 5-digit ETA code; 'bluegrass' is not one")
                .doesNotContainKey("108-A");
    }

    @Test
    void equalOpportunityAndVeteranCodes() {
        Map<String, String> r = builder.build(facts(adult(null, Set.of(), Set.of()), List.of(), List.of(), List.of()));
        // 201: 2 = female; 202: 0 = no; 210: 9 = did not self-identify; 211-215: 1 for the race recorded, 0 others.
        assertThat(r)
                .containsEntry("200", "19900615")
                .containsEntry("201", "2")
                .containsEntry("202", "0")
                .containsEntry("210", "9")
                .containsEntry("215", "1")
                .containsEntry("213", "0")
                .containsEntry("300", "0")
                .containsEntry("301", "0");
    }

    @Test
    void characteristicsAreThoseFrozenAtEntry() {
        Map<String, String> r = builder.build(facts(
                adult(null, Set.of("HOMELESS_OR_RUNAWAY", "LONG_TERM_UNEMPLOYED"), Set.of("SNAP", "SSDI")),
                List.of(),
                List.of(),
                List.of()));
        // 400: 2 = employed but received notice; 401: 4 = exhaustee; 408: 2 = equivalency; 409: 5 = not in school,
        // graduate.
        assertThat(r)
                .containsEntry("400", "2")
                .containsEntry("401", "4")
                .containsEntry("402", "1")
                .containsEntry("407", "12")
                .containsEntry("408", "2")
                .containsEntry("409", "5");
        // 602: 2 = SSDI; 603 SNAP; 802 low income (SNAP is public assistance, WIOA 3(36)(A)(i)).
        assertThat(r)
                .containsEntry("600", "0")
                .containsEntry("602", "2")
                .containsEntry("603", "1")
                .containsEntry("800", "1")
                .containsEntry("802", "1")
                .containsEntry("803", "0");
        assertThat(r).as("701/704 are youth elements").doesNotContainKeys("701", "704");
    }

    @Test
    void programsEntryExitAndExclusion() {
        PeriodFacts.Entry excluded = new PeriodFacts.Entry(
                11,
                "DISLOCATED_WORKER",
                LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 9, 30),
                "HEALTH_MEDICAL",
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                false);
        Map<String, String> r = builder.build(facts(excluded, List.of(), List.of(), List.of()));
        assertThat(r)
                .containsEntry("900", "20250203")
                .containsEntry("901", "20250930")
                .containsEntry("903", "0")
                .containsEntry("904", "1")
                .containsEntry("905", "0")
                .containsEntry("918", "0")
                .containsEntry("923", "02");
        Map<String, String> open =
                builder.build(facts(adult(null, Set.of(), Set.of()), List.of(), List.of(), List.of()));
        assertThat(open).doesNotContainKeys("901", "923");
    }

    @Test
    void serviceDatesFollowTheCatalogAndTheLayoutsFirstOrMostRecent() {
        List<PeriodFacts.Service> services = List.of(
                new PeriodFacts.Service(
                        LocalDate.of(2025, 3, 1), "INDIVIDUALIZED_CAREER", List.of("1200", "1201"), "ADULT"),
                new PeriodFacts.Service(
                        LocalDate.of(2025, 4, 1), "INDIVIDUALIZED_CAREER", List.of("1200", "1201"), "ADULT"),
                new PeriodFacts.Service(LocalDate.of(2025, 5, 1), "SUPPORTIVE", List.of("1409", "1500"), "ADULT"));
        Map<String, String> r = builder.build(facts(adult(null, Set.of(), Set.of()), services, List.of(), List.of()));
        // 1200 "Date of First Individualized Career Service": earliest; 1201 "Most Recent": latest; 1500 (IN): 1.
        assertThat(r)
                .containsEntry("1200", "20250301")
                .containsEntry("1201", "20250401")
                .containsEntry("1409", "20250501")
                .containsEntry("1500", "1");
    }

    @Test
    void trainingsEarliestFirstWithTypeCompletionAndCip() {
        List<PeriodFacts.Training> trainings = List.of(
                new PeriodFacts.Training(LocalDate.of(2025, 6, 1), null, "01", null, null, null, false),
                new PeriodFacts.Training(
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 5, 30),
                        "06",
                        "COMPLETED_WITH_CREDENTIAL",
                        "Bluegrass Community College",
                        "51.3902",
                        true));
        Map<String, String> r = builder.build(facts(adult(null, Set.of(), Set.of()), List.of(), trainings, List.of()));
        assertThat(r)
                .containsEntry("1300", "1")
                .containsEntry("1302", "20250301")
                .containsEntry("1303", "06")
                .containsEntry("1307", "1")
                .containsEntry("1308", "20250530")
                .containsEntry("1305", "513902")
                .containsEntry("1301", "Bluegrass Community College")
                .containsEntry("1319", "1")
                .containsEntry("1309", "20250601")
                .containsEntry("1310", "01")
                .doesNotContainKeys("1312", "1313");
    }

    @Test
    void employmentAfterExitFromWageRecordsAndNothingBeforeTheQuarterBegins() {
        List<EmploymentByQuarter.Wage> wages = List.of(
                new EmploymentByQuarter.Wage(new CalendarQuarter(2026, 1), "123456789", new BigDecimal("4200.40")),
                new EmploymentByQuarter.Wage(new CalendarQuarter(2024, 4), "123456789", new BigDecimal("3000")));
        Map<String, String> r =
                builder.build(facts(adult("2025-11-15", Set.of(), Set.of()), List.of(), List.of(), wages));
        // Exit in 2025 Q4: 1st quarter after is 2026 Q1 (wages, direct match), 2nd 2026 Q2 (a wage file, none: 0).
        assertThat(r)
                .containsEntry("1600", "1")
                .containsEntry("1601", "1")
                .containsEntry("1703", "4200")
                .containsEntry("1602", "0")
                .doesNotContainKey("1704");
        // 3rd quarter after (2026 Q3) was not reported: information not yet available.
        assertThat(r).containsEntry("1604", "9").containsEntry("1605", "9");
        // 1702: the quarter before entry (2025 Q1 entry, 2024 Q4).
        assertThat(r).containsEntry("1702", "3000");
        assertThat(r)
                .containsEntry("1800", "5")
                .containsEntry("1801", "20250801")
                .containsEntry("1809", "20250701");
    }

    @Test
    void noEmploymentAfterExitWithoutAnExit() {
        Map<String, String> r = builder.build(facts(adult(null, Set.of(), Set.of()), List.of(), List.of(), List.of()));
        assertThat(r).doesNotContainKeys("1600", "1602", "1703");
    }
}
