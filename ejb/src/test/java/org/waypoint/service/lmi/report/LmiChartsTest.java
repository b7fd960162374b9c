package org.waypoint.service.lmi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.lmi.report.LmiReportFixtures.BLUEGRASS;
import static org.waypoint.service.lmi.report.LmiReportFixtures.CUMBERLANDS;
import static org.waypoint.service.lmi.report.LmiReportFixtures.KENTUCKY;
import static org.waypoint.service.lmi.report.LmiReportFixtures.NATION;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.AreaComparison.Row;
import org.waypoint.service.lmi.OccupationProfile;

/** What each chart shows, and that a chart with nothing to show is not made at all. */
class LmiChartsTest {

    private static final OccupationProfile DENTAL = LmiReportFixtures.dentalAssistantsInBluegrass();
    private static final List<Row> ROWS =
            LmiReportFixtures.dentalAssistantsAcrossAreas().rows();

    @Test
    void wageRangeHasEntryMedianAndExperiencedForEveryAreaWithAWage() {
        CategoryDataset dataset = dataset(LmiCharts.wageRangeByArea(ROWS).orElseThrow());

        assertThat(rows(dataset)).containsExactly("Entry", "Median", "Experienced");
        assertThat(columns(dataset))
                .containsExactly(
                        "Kentucky",
                        "Bluegrass LWA",
                        "Cumberlands LWA",
                        "Kentuckiana Works LWA",
                        "Lexington-Fayette, KY",
                        "United States");
        assertThat(dataset.getValue("Median", "Bluegrass LWA")).isEqualTo(38_758);
        assertThat(dataset.getValue("Entry", "United States")).isNull();
    }

    @Test
    void anAreaWithoutAnyWageIsLeftOutAndNoWagesMeansNoChart() {
        List<Row> rows = List.of(new Row(KENTUCKY, null, null, null, 612), new Row(NATION, null, 47_300, null, null));

        assertThat(columns(dataset(LmiCharts.wageRangeByArea(rows).orElseThrow())))
                .containsExactly("United States");
        assertThat(LmiCharts.wageRangeByArea(List.of(new Row(KENTUCKY, null, null, null, 612))))
                .isEmpty();
        assertThat(LmiCharts.wageRangeByArea(List.of())).isEmpty();
    }

    @Test
    void openingsOnlyForLocalWorkforceAreas() {
        LmiCharts.SizedChart chart = LmiCharts.openingsByLwa(ROWS, BLUEGRASS).orElseThrow();

        assertThat(chart.chart().getTitle().getText()).isEqualTo(LmiCharts.OPENINGS_BY_LWA);
        assertThat(columns(dataset(chart)))
                .containsExactly("Bluegrass LWA", "Cumberlands LWA", "Kentuckiana Works LWA");
        assertThat(dataset(chart).getValue(0, 0)).isEqualTo(127);
    }

    @Test
    void anLwaWithoutOpeningsSaysSoAndNoOpeningsMeansNoChart() {
        List<Row> rows =
                List.of(new Row(BLUEGRASS, null, null, null, 127), new Row(CUMBERLANDS, null, null, null, null));

        assertThat(columns(dataset(LmiCharts.openingsByLwa(rows, BLUEGRASS).orElseThrow())))
                .containsExactly("Bluegrass LWA", "Cumberlands LWA (not published)");
        assertThat(LmiCharts.openingsByLwa(List.of(new Row(CUMBERLANDS, null, null, null, null)), BLUEGRASS))
                .isEmpty();
        assertThat(LmiCharts.openingsByLwa(List.of(new Row(KENTUCKY, null, null, null, 612)), BLUEGRASS))
                .isEmpty();
    }

    @Test
    void sideBySideStartsWithTheProfiledOccupation() {
        List<OccupationProfile> others = List.of(
                LmiReportFixtures.medicalAssistantsInBluegrass(), LmiReportFixtures.pharmacyTechniciansInBluegrass());

        CategoryDataset wages =
                dataset(LmiCharts.sideBySideWages(DENTAL, others).orElseThrow());
        CategoryDataset openings =
                dataset(LmiCharts.sideBySideOpenings(DENTAL, others).orElseThrow());

        assertThat(columns(wages))
                .containsExactly("Dental Assistants", "Medical Assistants", "Pharmacy Technicians (not published)");
        assertThat(wages.getValue(0, 0)).isEqualTo(38_758);
        assertThat(columns(openings))
                .containsExactly("Dental Assistants", "Medical Assistants", "Pharmacy Technicians");
        assertThat(openings.getValue(0, 2)).isEqualTo(96);
    }

    @Test
    void nothingSideBySideMeansNoChart() {
        assertThat(LmiCharts.sideBySideWages(DENTAL, List.of())).isEmpty();
        assertThat(LmiCharts.sideBySideOpenings(DENTAL, List.of())).isEmpty();
        OccupationProfile noFigures = LmiReportFixtures.surgeonsInLexington();
        assertThat(LmiCharts.sideBySideOpenings(noFigures, List.of(noFigures))).isEmpty();
    }

    /** JFreeChart's key lists are raw; as List<?> they need no unchecked conversion. */
    private static List<Object> rows(CategoryDataset dataset) {
        List<?> keys = dataset.getRowKeys();
        return List.copyOf(keys);
    }

    private static List<Object> columns(CategoryDataset dataset) {
        List<?> keys = dataset.getColumnKeys();
        return List.copyOf(keys);
    }

    private static CategoryDataset dataset(LmiCharts.SizedChart chart) {
        return ((CategoryPlot) chart.chart().getPlot()).getDataset();
    }
}
