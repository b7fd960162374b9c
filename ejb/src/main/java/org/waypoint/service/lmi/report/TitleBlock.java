package org.waypoint.service.lmi.report;

import com.lowagie.text.Paragraph;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * The top of the first page: which occupation, where, and who prepared the report for whom and
 * when, so that a printout found in a folder months later says what it is and how old it is.
 */
final class TitleBlock implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        OccupationProfile profile = report.profile();
        document.add(new Paragraph("Labor market information", ReportStyle.NOTE));
        document.add(new Paragraph(profile.title() + " (SOC " + profile.soc() + ")", ReportStyle.TITLE));
        Paragraph area = new Paragraph(profile.area().name(), ReportStyle.SUBTITLE);
        area.setSpacingAfter(4);
        document.add(area);
        document.add(new Paragraph(preparedLine(report), ReportStyle.NOTE));
    }

    static String preparedLine(LmiReport report) {
        StringBuilder line = new StringBuilder("Prepared");
        if (report.preparedFor() != null && !report.preparedFor().isBlank()) {
            line.append(" for ").append(report.preparedFor().strip());
        }
        line.append(" by ").append(report.preparedBy().strip());
        line.append(" on ").append(ReportFormat.date(report.preparedOn()));
        return line.toString();
    }
}
