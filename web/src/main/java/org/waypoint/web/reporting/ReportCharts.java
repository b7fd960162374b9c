package org.waypoint.web.reporting;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.waypoint.service.common.Text;
import org.waypoint.service.reporting.indicators.Indicator;
import org.waypoint.service.reporting.indicators.IndicatorCharts;
import org.waypoint.service.reporting.indicators.IndicatorFigure;
import org.waypoint.service.reporting.indicators.IndicatorRow;
import org.waypoint.service.reporting.indicators.TrendPoint;
import org.waypoint.web.common.ChartJs;
import org.waypoint.web.common.JsonBuilders;
import org.waypoint.web.common.Pages;

/**
 * The Chart.js configurations of the indicators page, in the page's language (PrimeFaces 15's p:chart takes them as JSON):
 * the four rates by group as bars, and their trend over report quarters as lines. A rate with no
 * cohort is left out (null), never drawn as 0.
 */
final class ReportCharts {

    static final List<Indicator> RATES = IndicatorCharts.RATES;

    private ReportCharts() {}

    static String ratesByGroup(List<IndicatorRow> rows, String title) {
        JsonArrayBuilder labels = JsonBuilders.array();
        rows.forEach(r -> labels.add(Pages.text(r.labelText())));
        JsonArrayBuilder datasets = JsonBuilders.array();
        for (int i = 0; i < RATES.size(); i++) {
            Indicator indicator = RATES.get(i);
            datasets.add(dataset(indicator, IndicatorCharts.COLORS.get(i), rows, r -> r.figure(indicator), "bar"));
        }
        return config("bar", labels, datasets, title);
    }

    static String trend(List<TrendPoint> points, String title) {
        JsonArrayBuilder labels = JsonBuilders.array();
        points.forEach(p -> labels.add(p.quarter()));
        JsonArrayBuilder datasets = JsonBuilders.array();
        for (int i = 0; i < RATES.size(); i++) {
            Indicator indicator = RATES.get(i);
            datasets.add(dataset(indicator, IndicatorCharts.COLORS.get(i), points, p -> p.figure(indicator), "line"));
        }
        return config("line", labels, datasets, title);
    }

    private static <T> JsonObjectBuilder dataset(
            Indicator indicator, String color, List<T> items, Function<T, IndicatorFigure> figure, String type) {
        JsonArrayBuilder data = JsonBuilders.array();
        for (T item : items) {
            IndicatorFigure f = figure.apply(item);
            BigDecimal rate = f == null ? null : f.rate();
            if (rate == null) {
                data.addNull();
            } else {
                data.add(rate);
            }
        }
        JsonObjectBuilder set = JsonBuilders.object()
                .add("label", Pages.text(indicator.text()))
                .add("backgroundColor", color)
                .add("borderColor", color)
                .add("data", data);
        if ("line".equals(type)) {
            set.add("fill", false).add("spanGaps", true);
        }
        return set;
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title) {
        return ChartJs.config(
                type,
                labels,
                datasets,
                title,
                JsonBuilders.object()
                        .add(
                                "y",
                                JsonBuilders.object()
                                        .add("beginAtZero", true)
                                        .add("max", 100)
                                        .add(
                                                "title",
                                                JsonBuilders.object()
                                                        .add("display", true)
                                                        .add("text", Pages.text(Text.of("reporting.chart.rate"))))));
    }

    /** As p:chart writes it inside a script element ({@link ChartJs#forScript}). */
    static String forScript(JsonObject config) {
        return ChartJs.forScript(config);
    }
}
