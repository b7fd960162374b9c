package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waypoint.service.lmi.imports.KystatsOutlookParser;
import org.waypoint.service.lmi.imports.OewsParser;
import org.waypoint.service.lmi.imports.OewsRow;
import org.waypoint.service.lmi.imports.OutlookRow;

/**
 * Profiles built from the imported shipped files, each figure checked against the row the
 * publisher's file has for it (read separately by the parser).
 */
class OccupationProfilesTest {

    private static LmiDatabase db;
    private static OccupationProfiles profiles;
    private static List<OutlookRow> outlook;
    private static List<OewsRow> oews;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        profiles = new OccupationProfiles(db.data());
        outlook = new KystatsOutlookParser()
                .parse(new ByteArrayInputStream(LmiDatabase.shipped("occupational-outlook-2022-2032.xlsx")))
                .rows();
        oews = new OewsParser()
                .parse(new ByteArrayInputStream(LmiDatabase.shipped("oews-national-m2024.xlsx")))
                .rows();
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void dentalAssistantsInTheBluegrassLwaAsTheKentuckyGuidanceWritesThem() {
        OccupationProfile profile = profiles.profile("31-9091", "KY-bluegrass").orElseThrow();

        assertThat(profile.title()).isEqualTo("Dental Assistants");
        assertThat(profile.onetSocCode()).isEqualTo("31-9091.00");
        assertThat(profile.description())
                .startsWith("Perform limited clinical duties under the direction of a dentist.");
        assertThat(profile.area().name()).isEqualTo("Bluegrass LWA");
        assertThat(profile.wages().mean()).isEqualTo(39647);
        assertThat(profile.wages().meanHourly()).isEqualByComparingTo("19.06");
        assertThat(profile.projection().openings()).isEqualTo(1272);
        assertThat(profile.projection().annualOpenings()).isEqualTo(127);
        assertThat(profile.projection().annualExits()).isEqualTo(49);
        assertThat(profile.projection().annualTransfers()).isEqualTo(71);
        assertThat(profile.projection().annualGrowthOpenings()).isEqualTo(8);
        assertThat(profile.typicalEducation()).isEqualTo("Postsecondary nondegree award");
        assertThat(profile.lmiComment())
                .isEqualTo("Dental Assistants; Bluegrass LWA avg. annually $39,647, avg. hourly $19.06, projected"
                        + " annual openings 127, projected growth 9.2% (KYSTATS 2022-2032)");
        assertThat(profile.sources())
                .extracting(DataSource::vintage)
                .contains("KYSTATS Occupational Outlook 2022-2032", "O*NET 29.2");
    }

    static Stream<Arguments> occupationsAndAreas() {
        return Stream.of(
                Arguments.of("29-1141", "KY-kentuckiana-works", "Kentuckiana Works LWA"),
                Arguments.of("53-3032", "KY-ekcep", "EKCEP LWA"),
                Arguments.of("15-1252", "KY", "Kentucky"),
                Arguments.of("47-2111", "KY-northern-kentucky", "Northern Kentucky LWA"),
                Arguments.of("11-1011", "KY", "Kentucky"));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("occupationsAndAreas")
    void everyFigureIsTheSourceRows(String soc, String areaId, String areaName) {
        OutlookRow source = outlook.stream()
                .filter(row -> row.soc().equals(soc) && row.areaName().equals(areaName))
                .findFirst()
                .orElseThrow();

        OccupationProfile profile = profiles.profile(soc, areaId).orElseThrow();

        assertThat(profile.projection().baseEmployment()).isEqualTo(source.baseEmployment());
        assertThat(profile.projection().projectedEmployment()).isEqualTo(source.projectedEmployment());
        assertThat(profile.projection().change()).isEqualTo(source.change());
        assertThat(profile.projection().percentChange()).isEqualByComparingTo(source.percentChange());
        assertThat(profile.projection().annualOpenings())
                .isEqualTo(BigDecimal.valueOf(source.openings())
                        .divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                        .intValue());
        assertThat(profile.wages().mean()).isEqualTo(source.meanWage());
        assertThat(profile.wages().entry()).isEqualTo(source.entryWage());
        assertThat(profile.wages().pct25()).isEqualTo(source.pct25Wage());
        assertThat(profile.wages().median()).isEqualTo(source.medianWage());
        assertThat(profile.wages().pct75()).isEqualTo(source.pct75Wage());
        assertThat(profile.wages().experienced()).isEqualTo(source.experiencedWage());
        if (source.medianWage() != null) {
            assertThat(profile.medianHourlyWage())
                    .isEqualByComparingTo(BigDecimal.valueOf(source.medianWage())
                            .divide(BigDecimal.valueOf(2080), 2, RoundingMode.HALF_UP));
        }
        assertThat(profile.workExperience()).isEqualTo(source.workExperience());
        assertThat(profile.onTheJobTraining()).isEqualTo(source.onTheJobTraining());
    }

    @Test
    void suppressedWagesStayNullAndTheCommentSaysNotPublished() {
        // Chief Executives, statewide: KYSTATS left the 75th percentile and experienced wage empty.
        OccupationProfile chiefExecutives = profiles.profile("11-1011", "KY").orElseThrow();

        assertThat(chiefExecutives.wages().pct75()).isNull();
        assertThat(chiefExecutives.wages().experienced()).isNull();
        assertThat(chiefExecutives.wages().experiencedHourly()).isNull();
        assertThat(chiefExecutives.wages().median()).isEqualTo(171_990);

        OutlookRow noWages = outlook.stream()
                .filter(row -> row.detailed()
                        && row.meanWage() == null
                        && row.level().name().equals("LWA"))
                .findFirst()
                .orElseThrow();
        String areaId = "KY-" + LmiImport.slug(noWages.areaName().replace(" LWA", ""));
        OccupationProfile profile = profiles.profile(noWages.soc(), areaId).orElseThrow();
        assertThat(profile.wages() == null || profile.wages().mean() == null).isTrue();
        assertThat(profile.lmiComment()).contains("avg. annually not published", "avg. hourly not published");
    }

    @Test
    void nationalWagesComeFromOewsWithoutProjections() {
        OewsRow source = oews.stream()
                .filter(row -> row.occCode().equals("31-9091"))
                .findFirst()
                .orElseThrow();

        OccupationProfile national = profiles.profile("31-9091", "US").orElseThrow();

        assertThat(national.area()).isEqualTo(new Area("US", "United States", AreaType.NATION, null));
        assertThat(national.projection()).isNull();
        assertThat(national.wages().source()).isEqualTo("BLS OEWS May 2024");
        assertThat(national.wages().mean()).isEqualTo(source.aMean());
        assertThat(national.wages().median()).isEqualTo(source.aMedian());
        assertThat(national.wages().pct10()).isEqualTo(source.aPct10());
        assertThat(national.wages().pct90()).isEqualTo(source.aPct90());
        assertThat(national.wages().entry()).as("OEWS publishes no entry wage").isNull();
        assertThat(national.inDemand().known()).isFalse();
        assertThat(national.lmiComment()).endsWith("(BLS OEWS May 2024)").contains("projected growth not published");
    }

    @Test
    void relatedOccupationsCarryTheirOwnFiguresInTheSameArea() {
        OccupationProfile profile = profiles.profile("31-9091", "KY-bluegrass").orElseThrow();

        assertThat(profile.related()).isNotEmpty().allSatisfy(related -> assertThat(related.soc())
                .isNotEqualTo("31-9091"));
        RelatedOccupationFigures first = profile.related().get(0);
        OutlookRow source = outlook.stream()
                .filter(row -> row.soc().equals(first.soc()) && row.areaName().equals("Bluegrass LWA"))
                .findFirst()
                .orElseThrow();
        assertThat(first.medianAnnualWage()).isEqualTo(source.medianWage());
        assertThat(first.annualOpenings())
                .isEqualTo(BigDecimal.valueOf(source.openings())
                        .divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                        .intValue());
    }

    @Test
    void theMedianIsComparedWithTheAreasAllOccupationsMedian() {
        OccupationProfile nurses = profiles.profile("29-1141", "KY").orElseThrow();
        OccupationProfile cashiers = profiles.profile("41-2011", "KY").orElseThrow();

        assertThat(nurses.areaMedianWage()).isEqualTo(43_730);
        assertThat(nurses.medianAboveAreaMedian()).isTrue();
        assertThat(cashiers.medianAboveAreaMedian()).isFalse();
    }

    @Test
    void inDemandFollowsTheWrittenRule() {
        OccupationProfile nurses = profiles.profile("29-1141", "KY").orElseThrow();
        OccupationProfile shrinking = outlook.stream()
                .filter(row -> row.detailed()
                        && row.areaName().equals("Kentucky")
                        && row.percentChange() != null
                        && row.percentChange().signum() < 0)
                .findFirst()
                .flatMap(row -> profiles.profile(row.soc(), "KY"))
                .orElseThrow();

        assertThat(nurses.inDemand().known()).isTrue();
        assertThat(nurses.inDemand().inDemand())
                .as(nurses.inDemand().explanation())
                .isEqualTo(nurses.projection().percentChange().compareTo(new BigDecimal("4.7543")) >= 0);
        assertThat(shrinking.inDemand().inDemand()).isFalse();
        assertThat(shrinking.inDemand().explanation()).contains("(all jobs in Kentucky: 4.8%)");
    }

    @Test
    void unknownCodesAndAreasHaveNoProfile() {
        assertThat(profiles.profile("99-9999", "KY")).isEmpty();
        assertThat(profiles.profile("31-9091", "KY-nowhere")).isEmpty();
    }

    @Test
    void theComparisonCoversTheStateItsLwasAndTheNation() {
        AreaComparison comparison = profiles.comparison("31-9091");

        assertThat(comparison.rows())
                .extracting(row -> row.area().id())
                .startsWith("KY")
                .endsWith("US");
        assertThat(comparison.rows())
                .filteredOn(row -> row.area().type() == AreaType.LWA)
                .hasSize(10);
        assertThat(comparison.rows())
                .filteredOn(row -> row.area().id().equals("KY-bluegrass"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.medianWage()).isEqualTo(38758);
                    assertThat(row.annualOpenings()).isEqualTo(127);
                });
    }
}
