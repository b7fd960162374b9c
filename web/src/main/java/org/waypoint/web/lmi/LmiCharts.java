package org.waypoint.web.lmi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.AreaComparison;
import org.waypoint.service.lmi.AreaType;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.Projection;
import org.waypoint.web.common.ChartJs;
import org.waypoint.web.common.JsonBuilders;
import org.waypoint.web.common.Pages;

/**
 * The Chart.js configurations of the profile page (PrimeFaces' p:chart takes them as JSON): wage
 * range by area, openings by Local Workforce Area, occupations side by side. A value the source did
 * not publish is left out (null), never drawn as 0.
 */
final class LmiCharts {

    private static final String ENTRY = "#9ecae1";
    private static final String MEDIAN = "#2171b5";
    private static final String EXPERIENCED = "#08306b";

    private LmiCharts() {}

    /** Entry, median and experienced annual wage in every area with figures. */
    static String wagesByArea(AreaComparison comparison) {
        List<AreaComparison.Row> rows = comparison.rows().stream()
                .filter(row -> row.medianWage() != null || row.entryWage() != null)
                .toList();
        if (rows.isEmpty()) {
            return null;
        }
        JsonArrayBuilder datasets = JsonBuilders.array()
                .add(dataset(word("lmi.chart.entry"), ENTRY, rows, AreaComparison.Row::entryWage))
                .add(dataset(word("lmi.chart.median"), MEDIAN, rows, AreaComparison.Row::medianWage))
                .add(dataset(word("lmi.chart.experienced"), EXPERIENCED, rows, AreaComparison.Row::experiencedWage));
        return chart("bar", labels(rows), datasets, word("lmi.chart.wagesByArea", comparison.title()), "$", false);
    }

    /** Annual openings in each Local Workforce Area. */
    static String openingsByLwa(AreaComparison comparison) {
        List<AreaComparison.Row> rows = comparison.rows().stream()
                .filter(row -> row.area().type() == AreaType.LWA && row.annualOpenings() != null)
                .toList();
        if (rows.isEmpty()) {
            return null;
        }
        JsonArrayBuilder datasets = JsonBuilders.array()
                .add(dataset(word("lmi.chart.openings"), MEDIAN, rows, AreaComparison.Row::annualOpenings));
        return chart("bar", labels(rows), datasets, word("lmi.chart.openingsByLwa"), "", true);
    }

    /** Median annual wage and openings a year of two to four occupations in one area. */
    static String sideBySide(List<OccupationProfile> profiles) {
        if (profiles.size() < 2) {
            return null;
        }
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder wages = JsonBuilders.array();
        JsonArrayBuilder openings = JsonBuilders.array();
        for (OccupationProfile profile : profiles) {
            labels.add(profile.title());
            add(wages, profile.wages() == null ? null : profile.wages().median());
            Projection projection = profile.projection();
            add(openings, projection == null ? null : projection.annualOpenings());
        }
        JsonArrayBuilder datasets = JsonBuilders.array()
                .add(JsonBuilders.object()
                        .add("label", word("lmi.chart.medianWage"))
                        .add("backgroundColor", MEDIAN)
                        .add("yAxisID", "y")
                        .add("data", wages))
                .add(JsonBuilders.object()
                        .add("label", word("lmi.chart.openings"))
                        .add("backgroundColor", "#fd8d3c")
                        .add("yAxisID", "y1")
                        .add("data", openings));
        JsonObjectBuilder scales = JsonBuilders.object()
                .add(
                        "y",
                        JsonBuilders.object()
                                .add("position", "left")
                                .add("beginAtZero", true)
                                .add(
                                        "title",
                                        JsonBuilders.object()
                                                .add("display", true)
                                                .add("text", word("lmi.chart.medianWageAxis"))))
                .add(
                        "y1",
                        JsonBuilders.object()
                                .add("position", "right")
                                .add("beginAtZero", true)
                                .add("grid", JsonBuilders.object().add("drawOnChartArea", false))
                                .add(
                                        "title",
                                        JsonBuilders.object()
                                                .add("display", true)
                                                .add("text", word("lmi.chart.openings"))));
        return forScript(JsonBuilders.object()
                .add("type", "bar")
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JsonBuilders.object()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("scales", scales)
                                .add(
                                        "plugins",
                                        plugins(word(
                                                "lmi.chart.sideBySide",
                                                profiles.get(0).area().name()))))
                .build());
    }

    /** A chart's words in the page's language (issue 19). */
    private static String word(String key, Object... args) {
        return Pages.text(Text.of(key, args));
    }

    private static JsonArrayBuilder labels(List<AreaComparison.Row> rows) {
        JsonArrayBuilder labels = JsonBuilders.array();
        rows.forEach(row -> labels.add(row.area().name()));
        return labels;
    }

    private static JsonObjectBuilder dataset(
            String label, String color, List<AreaComparison.Row> rows, Function<AreaComparison.Row, Integer> value) {
        JsonArrayBuilder data = JsonBuilders.array();
        rows.forEach(row -> add(data, value.apply(row)));
        return JsonBuilders.object()
                .add("label", label)
                .add("backgroundColor", color)
                .add("data", data);
    }

    private static void add(JsonArrayBuilder data, Integer value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(value);
        }
    }

    private static String chart(
            String type,
            JsonArrayBuilder labels,
            JsonArrayBuilder datasets,
            String title,
            String unit,
            boolean horizontal) {
        JsonObjectBuilder options = JsonBuilders.object()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", plugins(title))
                .add(
                        "scales",
                        JsonBuilders.object()
                                .add(
                                        horizontal ? "x" : "y",
                                        JsonBuilders.object()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "title",
                                                        JsonBuilders.object()
                                                                .add("display", !unit.isEmpty())
                                                                .add(
                                                                        "text",
                                                                        unit.isEmpty()
                                                                                ? ""
                                                                                : word(
                                                                                        "lmi.chart.annualWageAxis",
                                                                                        unit)))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return forScript(JsonBuilders.object()
                .add("type", type)
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build());
    }

    /**
     * The configuration as p:chart writes it, inside a script element: area names and titles are
     * text an administrator can change, so '<' (a closing script tag), '>', '&' and the JavaScript
     * line separators are written as JSON escapes, which Chart.js reads back as the same text.
     */
    static String forScript(jakarta.json.JsonObject config) {
        return ChartJs.forScript(config);
    }

    private static JsonObjectBuilder plugins(String title) {
        return JsonBuilders.object()
                .add("title", JsonBuilders.object().add("display", true).add("text", title))
                .add("legend", JsonBuilders.object().add("position", "bottom"));
    }
}
