package org.waypoint.service.reporting.indicators;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.waypoint.service.common.pdf.ChartStyle;

/**
 * The indicators report's two charts as the PDF draws them, the same as the page's: the four rates
 * by group as bars, and their trend over report quarters as lines, in the page's colours. A rate
 * with no cohort is left out, never drawn as 0.
 */
public final class IndicatorCharts {

    /** The rates the charts show (median earnings is money, not a rate: it stays in the table). */
    public static final List<Indicator> RATES = List.of(
            Indicator.EMPLOYMENT_Q2,
            Indicator.EMPLOYMENT_Q4,
            Indicator.CREDENTIAL_RATE,
            Indicator.MEASURABLE_SKILL_GAINS);

    /** The colour of each of {@link #RATES}, as the page's charts draw them. */
    public static final List<String> COLORS = List.of("#2171b5", "#6baed6", "#fd8d3c", "#31a354");

    private IndicatorCharts() {}

    /** The rates of each row (group), one bar per rate. */
    public static JFreeChart ratesByGroup(List<IndicatorRow> rows, String title) {
        DefaultCategoryDataset data = dataset(rows, IndicatorRow::label, IndicatorRow::figure);
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, "Rate (%)", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        if (rows.size() > 6) {
            chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    /** The rates by report quarter, one line per rate. */
    public static JFreeChart trend(List<TrendPoint> points, String title) {
        DefaultCategoryDataset data = dataset(points, TrendPoint::quarter, TrendPoint::figure);
        JFreeChart chart = ChartFactory.createLineChart(
                title, null, "Rate (%)", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        LineAndShapeRenderer lines =
                (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        lines.setDefaultShapesVisible(true);
        for (int i = 0; i < RATES.size(); i++) {
            lines.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        return chart;
    }

    private static <T> DefaultCategoryDataset dataset(
            List<T> items,
            Function<T, String> label,
            java.util.function.BiFunction<T, Indicator, IndicatorFigure> figure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Indicator indicator : RATES) {
            for (T item : items) {
                IndicatorFigure f = figure.apply(item, indicator);
                BigDecimal rate = f == null ? null : f.rate();
                data.addValue(rate, indicator.label(), label.apply(item));
            }
        }
        return data;
    }

    private static void style(JFreeChart chart) {
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis rates = (NumberAxis) plot.getRangeAxis();
        rates.setRange(0, 100);
        // names and quarters whole, on two lines if need be (the style's default cuts long ones short)
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.0f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < RATES.size(); i++) {
            renderer.setSeriesPaint(i, Color.decode(COLORS.get(i)));
        }
    }
}
