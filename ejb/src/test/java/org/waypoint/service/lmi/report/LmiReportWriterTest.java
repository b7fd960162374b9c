package org.waypoint.service.lmi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.lmi.report.LmiReportFixtures.KYSTATS;
import static org.waypoint.service.lmi.report.LmiReportFixtures.OEWS;
import static org.waypoint.service.lmi.report.LmiReportFixtures.ONET;
import static org.waypoint.service.lmi.report.LmiReportFixtures.PREPARED_ON;

import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.AreaComparison;
import org.waypoint.service.lmi.AreaType;
import org.waypoint.service.lmi.InDemand;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.testing.PdfText;

/**
 * Writes the report for Dental Assistants in the Bluegrass LWA (every section, every chart) and for
 * an occupation with top-coded wages and no projections (the gaps), reads the PDFs back and checks
 * what a career seeker reading them would notice.
 */
class LmiReportWriterTest {

    private static final LmiReportWriter WRITER = new LmiReportWriter();

    private static byte[] fullPdf;
    private static PdfText full;
    private static PdfText gaps;

    @BeforeAll
    static void writeTheReports() {
        fullPdf = WRITER.write(LmiReportFixtures.fullReport());
        full = PdfText.of(fullPdf);
        gaps = PdfText.of(WRITER.write(
                new LmiReport(null, "Pat Smith", PREPARED_ON, LmiReportFixtures.surgeonsInLexington(), null, null)));
    }

    @Test
    void theReportIsWrittenHeadlessAsOnTheServer() {
        // The surefire argLine sets java.awt.headless; without it the charts would be tested with a display.
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void aPdfOfLetterSizePages() {
        assertThat(new String(Arrays.copyOf(fullPdf, 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(full.pages).isGreaterThanOrEqualTo(1);
        assertThat(full.pageWidth).isEqualTo(612f);
        assertThat(full.pageHeight).isEqualTo(792f);
        assertThat(gaps.pages).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyPageIsNumbered() {
        for (int page = 1; page <= full.pages; page++) {
            assertThat(full.pageTexts.get(page - 1)).contains("Page " + page);
        }
    }

    @Test
    void theTitleSaysWhatWhereForWhomAndWhen() {
        assertThat(full.pageTexts.get(0))
                .contains("Dental Assistants (SOC 31-9091)")
                .contains("Bluegrass LWA")
                .contains("Prepared for Jordan Reyes by Pat Smith on November 23, 2026");
    }

    @Test
    void withoutACareerSeekerTheReportSaysOnlyWhoPreparedIt() {
        assertThat(gaps.text)
                .contains("Oral and Maxillofacial Surgeons (SOC 29-1022)")
                .contains("Prepared by Pat Smith on November 23, 2026")
                .doesNotContain("Prepared for");
    }

    @Test
    void theOnetDescription() {
        assertThat(full.text).contains("Perform limited clinical duties under the direction of a dentist.");
    }

    @Test
    void wagesAnnualAsPublishedAndHourlyAsDerived() {
        assertThat(full.text)
                .contains("Hourly (annual ÷ 2,080, derived)")
                .containsPattern("Mean \\(average\\)\\s*\\$39,647\\s*\\$19\\.06")
                .containsPattern("Entry \\(average of the lowest third\\)\\s*\\$28,237\\s*\\$13\\.58")
                .containsPattern("25th percentile\\s*\\$31,286\\s*\\$15\\.04")
                .containsPattern("Median \\(half earn more, half less\\)\\s*\\$38,758\\s*\\$18\\.63")
                .containsPattern("75th percentile\\s*\\$46,649\\s*\\$22\\.43")
                .containsPattern("Experienced \\(average of the upper two thirds\\)\\s*\\$51,813\\s*\\$24\\.91")
                .contains("Source: " + KYSTATS + ".");
        // KYSTATS publishes no 10th or 90th percentile: no row for them, rather than "Not published".
        assertThat(full.text).doesNotContain("10th percentile").doesNotContain("90th percentile");
    }

    @Test
    void suppressedAndTopCodedWagesAreNotPublishedNeverZero() {
        assertThat(gaps.text)
                .containsPattern("Mean \\(average\\)\\s*Not published\\s*Not published")
                .containsPattern("Median \\(half earn more, half less\\)\\s*Not published\\s*Not published")
                .containsPattern("Experienced \\(average of the upper two thirds\\)\\s*Not published\\s*Not published")
                .containsPattern("10th percentile\\s*\\$114,560\\s*\\$55\\.08")
                // Top-coded: OEWS publishes the 90th percentile as "#".
                .containsPattern("90th percentile\\s*Not published\\s*Not published")
                .contains("at or above the top of the published scale")
                .doesNotContain("$0")
                .doesNotContain("$0.00");
        assertThat(full.text).doesNotContain("top of the published scale");
    }

    @Test
    void projectionsWithOpeningsAYearAndWhereTheyComeFrom() {
        assertThat(full.text)
                .containsPattern("Employment in 2022\\s*834")
                .containsPattern("Projected employment in 2032\\s*911")
                .containsPattern("Change\\s*77")
                .containsPattern("Percent change\\s*9\\.2%")
                // 1,272 openings over ten years; exits 485, transfers 710, growth 77.
                .containsPattern("Openings a year\\s*127 ")
                .containsPattern("\\(exits\\)\\s*49")
                .containsPattern("\\(transfers\\)\\s*71")
                .containsPattern("from growth\\s*8")
                .contains("totals over the 10 years (1,272)");
    }

    @Test
    void noProjectionsIsSaidInWords() {
        assertThat(gaps.text).contains("No projections are published for this area.");
        assertThat(full.text).doesNotContain("No projections are published");
    }

    @Test
    void educationAndTraining() {
        assertThat(full.text)
                .containsPattern("Typical education to enter\\s*Postsecondary nondegree award")
                .containsPattern("On-the-job training\\s*None")
                .containsPattern("Most common required education \\(O\\*NET\\)\\s*Post-Secondary Certificate");
        assertThat(gaps.text).containsPattern("Most common required education \\(O\\*NET\\)\\s*Not published");
    }

    @Test
    void waypointsGrowthAndOpeningsSignalIsNamedAsSuchNotAsTheOfficialInDemandLabelOfWioa3_23() {
        assertThat(full.text)
                .contains("Waypoint's growth-and-openings signal in Bluegrass LWA: met. Grows 9.2 %")
                .contains(InDemand.RULE)
                .contains("The median wage is below the area's median for all occupations ($42,510).");
        assertThat(gaps.text)
                .contains("Waypoint's growth-and-openings signal in Lexington-Fayette, KY: not known")
                .doesNotContain("area's median for all occupations");
    }

    @Test
    void relatedOccupationsWithTheirFigures() {
        assertThat(full.text)
                .containsPattern("Medical Assistants\\s*31-9092\\s*Primary-Short\\s*\\$37,794\\s*214")
                .containsPattern("Dental Hygienists\\s*29-1292\\s*Primary-Long\\s*\\$72,010\\s*31")
                .containsPattern("Phlebotomists\\s*31-9097\\s*Supplemental\\s*Not published\\s*Not published");
        assertThat(gaps.text).contains("O*NET lists no related occupations for this one.");
    }

    @Test
    void theChartsAreDrawnAsVectorGraphicsWithTextInThem() {
        assertThat(full.text)
                .contains(LmiCharts.WAGE_RANGE_BY_AREA)
                .contains(LmiCharts.OPENINGS_BY_LWA)
                .contains(LmiCharts.SIDE_BY_SIDE_WAGES)
                .contains(LmiCharts.SIDE_BY_SIDE_OPENINGS)
                // Only the charts name the other areas, and the occupation without a published median.
                .contains("Cumberlands LWA")
                .contains("Kentuckiana Works LWA")
                .contains("United States")
                .contains("Pharmacy Technicians (not published)");
        // Each chart is a form XObject (vector), none a raster image.
        assertThat(full.xObjectSubtypes).hasSize(4).containsOnly("/Form");
    }

    @Test
    void chartsWithoutDataAreLeftOutWholeWithTheirHeadings() {
        assertThat(gaps.text)
                .doesNotContain(LmiCharts.WAGE_RANGE_BY_AREA)
                .doesNotContain(LmiCharts.OPENINGS_BY_LWA)
                .doesNotContain("Side by side")
                .doesNotContain("In other areas")
                .doesNotContain("Compared with other occupations");
        assertThat(gaps.xObjectSubtypes).isEmpty();
    }

    @Test
    void theSummaryForThePlan() {
        assertThat(full.text)
                .contains("Summary for the employment plan")
                .contains(
                        "Dental Assistants in the Bluegrass LWA: median wage $38,758 a year; about 127 openings a year;");
        assertThat(gaps.text).doesNotContain("Summary for the employment plan");
    }

    @Test
    void everySourceWithItsVintageAndTheOnetAttribution() {
        assertThat(full.text)
                .contains("Projections and wages: " + KYSTATS + " (imported November 2, 2026).")
                .contains("Descriptions, education and related occupations: " + ONET + " (imported November 3, 2026).")
                .contains(OccupationProfile.ONET_ATTRIBUTION);
        assertThat(gaps.text)
                .contains("Wages: " + OEWS + " (imported October 15, 2026).")
                .contains(OccupationProfile.ONET_ATTRIBUTION);
    }

    @Test
    void aComparisonWithoutLocalWorkforceAreasDrawsOnlyTheWageChart() {
        AreaComparison comparison = LmiReportFixtures.dentalAssistantsAcrossAreas();
        AreaComparison withoutLwas = new AreaComparison(
                comparison.soc(),
                comparison.title(),
                comparison.rows().stream()
                        .filter(row -> row.area().type() != AreaType.LWA)
                        .toList());
        PdfText pdf = PdfText.of(WRITER.write(new LmiReport(
                null,
                "Pat Smith",
                PREPARED_ON,
                LmiReportFixtures.dentalAssistantsInBluegrass(),
                withoutLwas,
                List.of())));

        assertThat(pdf.text)
                .contains("In other areas")
                .contains(LmiCharts.WAGE_RANGE_BY_AREA)
                .doesNotContain(LmiCharts.OPENINGS_BY_LWA)
                .doesNotContain("Compared with other occupations");
        assertThat(pdf.xObjectSubtypes).containsExactly("/Form");
    }
}
