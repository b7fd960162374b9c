package org.waypoint.web.caseload;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.waypoint.service.caseload.CaseloadBoard;
import org.waypoint.service.caseload.CaseloadMeasure;
import org.waypoint.service.caseload.CaseloadRow;
import org.waypoint.web.common.ChartJs;
import org.waypoint.web.common.JsonBuilders;

/**
 * The Chart.js configurations of the caseload board (p:chart takes them as JSON, as the indicators
 * page's do): caseload size (active participants) per case manager, and what is overdue or due per
 * case manager as stacked bars. Rows of one case manager at several offices are added up.
 */
final class CaseloadCharts {

    static final List<CaseloadMeasure> OVERDUE = List.of(
            CaseloadMeasure.REVIEWS_OVERDUE,
            CaseloadMeasure.FOLLOW_UPS_DUE,
            CaseloadMeasure.NO_SERVICE_60_DAYS,
            CaseloadMeasure.UNSIGNED_DRAFTS);

    private static final String[] COLORS = {"#de2d26", "#fd8d3c", "#756bb1", "#6baed6"};

    private CaseloadCharts() {}

    static String size(CaseloadBoard board, String title, String label, String notAssigned) {
        Map<String, int[]> byCaseManager = byCaseManager(board, List.of(CaseloadMeasure.ACTIVE), notAssigned);
        JsonArrayBuilder data = JsonBuilders.array();
        byCaseManager.values().forEach(v -> data.add(v[0]));
        JsonArrayBuilder datasets = JsonBuilders.array()
                .add(JsonBuilders.object()
                        .add("label", label)
                        .add("backgroundColor", "#2171b5")
                        .add("data", data));
        return config(labels(byCaseManager), datasets, title, false);
    }

    static String overdue(CaseloadBoard board, String title, Map<CaseloadMeasure, String> labels, String notAssigned) {
        Map<String, int[]> byCaseManager = byCaseManager(board, OVERDUE, notAssigned);
        JsonArrayBuilder datasets = JsonBuilders.array();
        for (int i = 0; i < OVERDUE.size(); i++) {
            JsonArrayBuilder data = JsonBuilders.array();
            int index = i;
            byCaseManager.values().forEach(v -> data.add(v[index]));
            datasets.add(JsonBuilders.object()
                    .add("label", labels.get(OVERDUE.get(i)))
                    .add("backgroundColor", COLORS[i])
                    .add("data", data));
        }
        return config(labels(byCaseManager), datasets, title, true);
    }

    private static Map<String, int[]> byCaseManager(
            CaseloadBoard board, List<CaseloadMeasure> measures, String notAssigned) {
        Map<String, int[]> sums = new TreeMap<>();
        for (CaseloadRow row : board.rows()) {
            String name = row.caseManagerName() == null ? notAssigned : row.caseManagerName();
            int[] sum = sums.computeIfAbsent(name, k -> new int[measures.size()]);
            for (int i = 0; i < measures.size(); i++) {
                sum[i] += row.count(measures.get(i));
            }
        }
        return sums;
    }

    private static JsonArrayBuilder labels(Map<String, int[]> byCaseManager) {
        JsonArrayBuilder labels = JsonBuilders.array();
        byCaseManager.keySet().forEach(labels::add);
        return labels;
    }

    private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets, String title, boolean stacked) {
        return ChartJs.config(
                "bar",
                labels,
                datasets,
                title,
                JsonBuilders.object()
                        .add("x", JsonBuilders.object().add("stacked", stacked))
                        .add(
                                "y",
                                JsonBuilders.object()
                                        .add("beginAtZero", true)
                                        .add("stacked", stacked)
                                        .add("ticks", JsonBuilders.object().add("precision", 0))));
    }
}
