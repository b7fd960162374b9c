package org.waypoint.service.reporting.reports;

import java.util.List;

/**
 * One table of a report as pages show it and exports write it: a file-safe {@code name}, a title,
 * the column headings and the rows (text, whole numbers or decimals; null for none).
 */
public record ReportTable(String name, String title, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
    }
}
