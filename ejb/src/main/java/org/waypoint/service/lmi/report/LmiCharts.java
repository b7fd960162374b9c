package org.waypoint.service.lmi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.waypoint.service.common.pdf.ChartStyle;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.AreaComparison;
import org.waypoint.service.lmi.AreaType;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * The report's charts, built from the figures alone (no PDF here) so that what each chart shows is
 * decided in one place. Every chart is empty when it has nothing to show, and then the report
 * leaves it out rather than print an empty frame.
 *
 * <p>Bars run horizontally: area and occupation names are long, and read best down the left side.
 * Titles, series, axes and descriptions are in the report's language (documents bundle,
 * {@code report.chart.*}); the methods without one draw them in English.
 */
final class LmiCharts {

    /** The English titles (documents.properties {@code report.chart.*}), as the tests look for them. */
    static final String WAGE_RANGE_BY_AREA = "Wage range by area";

    static final String OPENINGS_BY_LWA = "Annual openings by Local Workforce Area";
    static final String SIDE_BY_SIDE_WAGES = "Side by side: median annual wage";
    static final String SIDE_BY_SIDE_OPENINGS = "Side by side: openings a year";

    /** A chart with the height it reads well at and a description for screen readers. */
    record SizedChart(JFreeChart chart, float height, String description) {}

    private LmiCharts() {}

    private static final DocumentText ENGLISH = DocumentText.of(DocumentLanguage.ENGLISH);

    static Optional<SizedChart> wageRangeByArea(List<AreaComparison.Row> rows) {
        return wageRangeByArea(rows, ENGLISH);
    }

    /** Entry, median and experienced annual wage for each area that publishes any of them. */
    static Optional<SizedChart> wageRangeByArea(List<AreaComparison.Row> rows, DocumentText words) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (AreaComparison.Row row : rows) {
            if (row.entryWage() == null && row.medianWage() == null && row.experiencedWage() == null) {
                continue;
            }
            String area = row.area().name();
            dataset.addValue(row.entryWage(), words.get("report.chart.entry"), area);
            dataset.addValue(row.medianWage(), words.get("report.chart.median"), area);
            dataset.addValue(row.experiencedWage(), words.get("report.chart.experienced"), area);
        }
        if (dataset.getColumnCount() == 0) {
            return Optional.empty();
        }
        JFreeChart chart =
                barChart(words.get("report.chart.wageRange"), words.get("report.chart.wageRange.axis"), dataset, true);
        CategoryItemRenderer renderer = chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.LIGHT_BLUE);
        renderer.setSeriesPaint(1, ChartStyle.MID_BLUE);
        renderer.setSeriesPaint(2, ChartStyle.NAVY);
        ChartStyle.dollarAxis(chart);
        int areas = dataset.getColumnCount();
        return Optional.of(
                new SizedChart(chart, 90 + 30f * areas, words.get("report.chart.wageRange.description", areas)));
    }

    static Optional<SizedChart> openingsByLwa(List<AreaComparison.Row> rows, Area reportArea) {
        return openingsByLwa(rows, reportArea, ENGLISH);
    }

    /** Openings a year in each Local Workforce Area, the report's own area highlighted. */
    static Optional<SizedChart> openingsByLwa(List<AreaComparison.Row> rows, Area reportArea, DocumentText words) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String highlighted = null;
        boolean anyFigure = false;
        for (AreaComparison.Row row : rows) {
            if (row.area().type() == AreaType.LWA) {
                String label = label(words, row.area().name(), row.annualOpenings());
                dataset.addValue(row.annualOpenings(), words.get("report.chart.openings"), label);
                anyFigure |= row.annualOpenings() != null;
                if (row.area().id().equals(reportArea.id())) {
                    highlighted = label;
                }
            }
        }
        if (!anyFigure) {
            return Optional.empty();
        }
        JFreeChart chart =
                barChart(words.get("report.chart.openingsByLwa"), words.get("report.chart.openings"), dataset, false);
        ChartStyle.highlight(chart, highlighted);
        ChartStyle.labelBars(chart, false);
        if (highlighted != null) {
            ChartStyle.subtitle(chart, words.get("report.chart.reportArea", reportArea.name()));
        }
        int areas = dataset.getColumnCount();
        return Optional.of(
                new SizedChart(chart, 70 + 20f * areas, words.get("report.chart.openingsByLwa.description", areas)));
    }

    static Optional<SizedChart> sideBySideWages(OccupationProfile profile, List<OccupationProfile> others) {
        return sideBySideWages(profile, others, ENGLISH);
    }

    /** The median annual wage of the profiled occupation and the others, all in the same area. */
    static Optional<SizedChart> sideBySideWages(
            OccupationProfile profile, List<OccupationProfile> others, DocumentText words) {
        return sideBySide(
                words,
                "report.chart.sideBySideWages",
                words.get("report.chart.sideBySideWages.axis"),
                profile,
                others,
                p -> p.wages() == null ? null : p.wages().median(),
                true);
    }

    static Optional<SizedChart> sideBySideOpenings(OccupationProfile profile, List<OccupationProfile> others) {
        return sideBySideOpenings(profile, others, ENGLISH);
    }

    /** The openings a year of the profiled occupation and the others, all in the same area. */
    static Optional<SizedChart> sideBySideOpenings(
            OccupationProfile profile, List<OccupationProfile> others, DocumentText words) {
        return sideBySide(
                words,
                "report.chart.sideBySideOpenings",
                words.get("report.chart.openings"),
                profile,
                others,
                p -> p.projection() == null ? null : p.projection().annualOpenings(),
                false);
    }

    private static Optional<SizedChart> sideBySide(
            DocumentText words,
            String titleKey,
            String valueLabel,
            OccupationProfile profile,
            List<OccupationProfile> others,
            Function<OccupationProfile, Integer> figure,
            boolean dollars) {
        if (others.isEmpty()) {
            return Optional.empty();
        }
        List<OccupationProfile> all = new ArrayList<>();
        all.add(profile);
        all.addAll(others);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean anyFigure = false;
        for (OccupationProfile occupation : all) {
            Integer value = figure.apply(occupation);
            anyFigure |= value != null;
            dataset.addValue(value, valueLabel, label(words, occupation.title(), value));
        }
        if (!anyFigure) {
            return Optional.empty();
        }
        JFreeChart chart = barChart(words.get(titleKey), valueLabel, dataset, false);
        ChartStyle.highlight(chart, label(words, profile.title(), figure.apply(profile)));
        ChartStyle.labelBars(chart, dollars);
        if (dollars) {
            ChartStyle.dollarAxis(chart);
        }
        ChartStyle.subtitle(
                chart, words.get("report.chart.profiled", profile.area().name(), profile.title()));
        return Optional.of(
                new SizedChart(chart, 80 + 24f * all.size(), words.get(titleKey + ".description", all.size())));
    }

    /**
     * A row keeps its place when its figure is missing, and says why it has no bar: an empty row
     * alone would read as zero.
     */
    private static String label(DocumentText words, String name, Integer figure) {
        return figure == null ? words.get("report.chart.notPublished", name) : name;
    }

    private static JFreeChart barChart(
            String title, String valueLabel, DefaultCategoryDataset dataset, boolean legend) {
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, valueLabel, dataset, PlotOrientation.HORIZONTAL, legend, false, false);
        ChartStyle.apply(chart);
        return chart;
    }
}
