package org.waypoint.service.lmi.report;

import org.waypoint.service.lmi.DataSource;
import org.waypoint.service.lmi.Wages;

/**
 * Where every figure comes from and how old it is, and O*NET's attribution, which its CC BY 4.0
 * licence requires wherever O*NET text is shown (always: the description is O*NET's).
 */
final class SourcesSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        document.heading("report.heading.sources");
        for (DataSource source : report.profile().sources()) {
            document.note(document.word(
                    "report.source",
                    ReportFormat.text(source.label()),
                    ReportFormat.text(source.vintage()),
                    ReportFormat.isoDate(source.importedOn())));
        }
        if (report.profile().coverage() != null) {
            // which figures exist for the area (a Georgia career seeker's report says none of Georgia's do)
            document.note(report.profile()
                    .coverage()
                    .statement()
                    .in(document.words().language().locale()));
        }
        document.note(document.word("report.hourlyNote", ReportFormat.count(Wages.HOURS_PER_YEAR)));
        document.note(document.word("onetAttribution"));
    }
}
