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
 */
final class LmiCharts {

    static final String WAGE_RANGE_BY_AREA = "Wage range by area";
    static final String OPENINGS_BY_LWA = "Annual openings by Local Workforce Area";
    static final String SIDE_BY_SIDE_WAGES = "Side by side: median annual wage";
    static final String SIDE_BY_SIDE_OPENINGS = "Side by side: openings a year";

    /** A chart with the height it reads well at and a description for screen readers. */
    record SizedChart(JFreeChart chart, float height, String description) {}

    private LmiCharts() {}

    /** Entry, median and experienced annual wage for each area that publishes any of them. */
    static Optional<SizedChart> wageRangeByArea(List<AreaComparison.Row> rows) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (AreaComparison.Row row : rows) {
            if (row.entryWage() == null && row.medianWage() == null && row.experiencedWage() == null) {
                continue;
            }
            String area = row.area().name();
            dataset.addValue(row.entryWage(), "Entry", area);
            dataset.addValue(row.medianWage(), "Median", area);
            dataset.addValue(row.experiencedWage(), "Experienced", area);
        }
        if (dataset.getColumnCount() == 0) {
            return Optional.empty();
        }
        JFreeChart chart = barChart(WAGE_RANGE_BY_AREA, "Annual wage", dataset, true);
        CategoryItemRenderer renderer = chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.LIGHT_BLUE);
        renderer.setSeriesPaint(1, ChartStyle.MID_BLUE);
        renderer.setSeriesPaint(2, ChartStyle.NAVY);
        ChartStyle.dollarAxis(chart);
        int areas = dataset.getColumnCount();
        return Optional.of(new SizedChart(
                chart,
                90 + 30f * areas,
                "Bar chart: entry, median and experienced annual wage in " + areas + " areas."));
    }

    /** Openings a year in each Local Workforce Area, the report's own area highlighted. */
    static Optional<SizedChart> openingsByLwa(List<AreaComparison.Row> rows, Area reportArea) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String highlighted = null;
        boolean anyFigure = false;
        for (AreaComparison.Row row : rows) {
            if (row.area().type() == AreaType.LWA) {
                String label = label(row.area().name(), row.annualOpenings());
                dataset.addValue(row.annualOpenings(), "Openings a year", label);
                anyFigure |= row.annualOpenings() != null;
                if (row.area().id().equals(reportArea.id())) {
                    highlighted = label;
                }
            }
        }
        if (!anyFigure) {
            return Optional.empty();
        }
        JFreeChart chart = barChart(OPENINGS_BY_LWA, "Openings a year", dataset, false);
        ChartStyle.highlight(chart, highlighted);
        ChartStyle.labelBars(chart, false);
        if (highlighted != null) {
            ChartStyle.subtitle(chart, reportArea.name() + ", the area of this report, in dark blue");
        }
        int areas = dataset.getColumnCount();
        return Optional.of(new SizedChart(
                chart, 70 + 20f * areas, "Bar chart: openings a year in " + areas + " Local Workforce Areas."));
    }

    /** The median annual wage of the profiled occupation and the others, all in the same area. */
    static Optional<SizedChart> sideBySideWages(OccupationProfile profile, List<OccupationProfile> others) {
        return sideBySide(
                SIDE_BY_SIDE_WAGES,
                "Median annual wage",
                profile,
                others,
                p -> p.wages() == null ? null : p.wages().median(),
                true);
    }

    /** The openings a year of the profiled occupation and the others, all in the same area. */
    static Optional<SizedChart> sideBySideOpenings(OccupationProfile profile, List<OccupationProfile> others) {
        return sideBySide(
                SIDE_BY_SIDE_OPENINGS,
                "Openings a year",
                profile,
                others,
                p -> p.projection() == null ? null : p.projection().annualOpenings(),
                false);
    }

    private static Optional<SizedChart> sideBySide(
            String title,
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
            dataset.addValue(value, valueLabel, label(occupation.title(), value));
        }
        if (!anyFigure) {
            return Optional.empty();
        }
        JFreeChart chart = barChart(title, valueLabel, dataset, false);
        ChartStyle.highlight(chart, label(profile.title(), figure.apply(profile)));
        ChartStyle.labelBars(chart, dollars);
        if (dollars) {
            ChartStyle.dollarAxis(chart);
        }
        ChartStyle.subtitle(chart, profile.area().name() + "; " + profile.title() + " in dark blue");
        return Optional.of(new SizedChart(
                chart,
                80 + 24f * all.size(),
                "Bar chart: " + valueLabel.toLowerCase() + " of " + all.size() + " occupations."));
    }

    /**
     * A row keeps its place when its figure is missing, and says why it has no bar: an empty row
     * alone would read as zero.
     */
    private static String label(String name, Integer figure) {
        return figure == null ? name + " (not published)" : name;
    }

    private static JFreeChart barChart(
            String title, String valueLabel, DefaultCategoryDataset dataset, boolean legend) {
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, valueLabel, dataset, PlotOrientation.HORIZONTAL, legend, false, false);
        ChartStyle.apply(chart);
        return chart;
    }
}
