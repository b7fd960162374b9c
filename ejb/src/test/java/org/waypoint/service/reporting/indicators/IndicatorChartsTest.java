package org.waypoint.service.reporting.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.reporting.reports.ReportTable;
import org.waypoint.service.reporting.reports.TableExports;
import org.waypoint.service.testing.PdfText;

/** The indicators report's charts in its PDF: what they show, and that they are in the file. */
class IndicatorChartsTest {

    private static final IndicatorRow ADULT = row("ADULT", "Adult", 4, 3);
    private static final IndicatorRow YOUTH = row("YOUTH", "Youth", 0, 0);

    @Test
    @DisplayName("one bar per rate and group; a rate with no cohort is left out, not drawn as 0")
    void ratesByGroup() {
        CategoryDataset data = IndicatorCharts.ratesByGroup(List.of(ADULT, YOUTH), "Rates by program")
                .getCategoryPlot()
                .getDataset();
        assertThat(data.getRowKeys())
                .containsExactly(
                        Indicator.EMPLOYMENT_Q2.label(),
                        Indicator.EMPLOYMENT_Q4.label(),
                        Indicator.CREDENTIAL_RATE.label(),
                        Indicator.MEASURABLE_SKILL_GAINS.label());
        assertThat(data.getColumnKeys()).containsExactly("Adult", "Youth");
        assertThat(data.getValue(Indicator.EMPLOYMENT_Q2.label(), "Adult").doubleValue())
                .isEqualTo(75.0);
        assertThat(data.getValue(Indicator.EMPLOYMENT_Q2.label(), "Youth")).isNull();
    }

    @Test
    @DisplayName("the trend has a point per report quarter and rate")
    void trend() {
        List<TrendPoint> points =
                List.of(new TrendPoint("2026Q1", ADULT.figures()), new TrendPoint("2026Q2", YOUTH.figures()));
        JFreeChart chart = IndicatorCharts.trend(points, "Rates by report quarter");
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).containsExactly("2026Q1", "2026Q2");
        assertThat(data.getValue(Indicator.CREDENTIAL_RATE.label(), "2026Q1").doubleValue())
                .isEqualTo(75.0);
        assertThat(data.getValue(Indicator.CREDENTIAL_RATE.label(), "2026Q2")).isNull();
    }

    @Test
    @DisplayName("the PDF of a report draws the charts as vectors above its tables, their titles as text")
    void pdfHasTheCharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExports.pdf(
                "Waypoint report, quarter 2026Q3",
                "State KY, all programs",
                List.of(
                        new TableExports.Chart(
                                IndicatorCharts.ratesByGroup(List.of(ADULT, YOUTH), "Rates by program, 2026Q3"),
                                "Rates by program"),
                        new TableExports.Chart(
                                IndicatorCharts.trend(
                                        List.of(new TrendPoint("2026Q3", ADULT.figures())), "Rates by report quarter"),
                                "Trend")),
                List.of(new ReportTable(
                        "indicators", "Primary indicators", List.of("Group"), List.of(List.of("Adult")))),
                out);
        PdfText pdf = PdfText.of(out.toByteArray());
        assertThat(pdf.xObjectSubtypes).containsOnly("/Form").hasSize(2);
        assertThat(pdf.text)
                .contains("Rates by program, 2026Q3")
                .contains("Rates by report quarter")
                .contains("Employment rate, 2nd quarter after exit")
                .contains("Primary indicators");
    }

    private static IndicatorRow row(String key, String label, long denominator, long numerator) {
        return new IndicatorRow(
                key,
                label,
                IndicatorCharts.RATES.stream()
                        .map(i -> IndicatorFigure.of(i, denominator, numerator, null, "2025Q1-2025Q4"))
                        .toList());
    }
}
