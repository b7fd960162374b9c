package org.waypoint.service.lmi.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The occupation beside the others the career seeker is weighing, in the same area: the pay and
 * the openings, the two figures people compare first.
 */
final class SideBySideSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        List<LmiCharts.SizedChart> charts = Stream.of(
                        LmiCharts.sideBySideWages(report.profile(), report.sideBySide(), document.words()),
                        LmiCharts.sideBySideOpenings(report.profile(), report.sideBySide(), document.words()))
                .flatMap(Optional::stream)
                .toList();
        document.charts("report.heading.sideBySide", charts);
    }
}
