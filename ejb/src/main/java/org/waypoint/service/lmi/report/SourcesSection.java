package org.waypoint.service.lmi.report;

import org.waypoint.service.lmi.DataSource;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.Wages;

/**
 * Where every figure comes from and how old it is, and O*NET's attribution, which its CC BY 4.0
 * licence requires wherever O*NET text is shown (always: the description is O*NET's).
 */
final class SourcesSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        document.heading("Sources");
        for (DataSource source : report.profile().sources()) {
            document.note(ReportFormat.text(source.label()) + ": " + ReportFormat.text(source.vintage()) + " (imported "
                    + ReportFormat.isoDate(source.importedOn()) + ").");
        }
        document.note("Hourly wages are annual wages divided by " + ReportFormat.count(Wages.HOURS_PER_YEAR)
                + " hours, worked out by Waypoint; the publishers' own hourly figures may differ by a few cents.");
        document.note(OccupationProfile.ONET_ATTRIBUTION);
    }
}
