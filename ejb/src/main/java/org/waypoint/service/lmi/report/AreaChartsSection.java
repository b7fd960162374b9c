package org.waypoint.service.lmi.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.waypoint.service.lmi.AreaComparison;

/**
 * The same occupation elsewhere: what it pays in each area and how many openings each Local
 * Workforce Area has, for a career seeker who could commute or move.
 */
final class AreaChartsSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        List<AreaComparison.Row> rows = report.comparisonRows();
        List<LmiCharts.SizedChart> charts = Stream.of(
                        LmiCharts.wageRangeByArea(rows, document.words()),
                        LmiCharts.openingsByLwa(rows, report.profile().area(), document.words()))
                .flatMap(Optional::stream)
                .toList();
        document.charts("report.heading.otherAreas", charts);
    }
}
