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
        document.add(new Paragraph(document.word("heading.lmi"), ReportStyle.NOTE));
        document.add(new Paragraph(profile.title() + " (SOC " + profile.soc() + ")", ReportStyle.TITLE));
        Paragraph area = new Paragraph(profile.area().name(), ReportStyle.SUBTITLE);
        area.setSpacingAfter(4);
        document.add(area);
        document.add(new Paragraph(preparedLine(report), ReportStyle.NOTE));
    }

    static String preparedLine(LmiReport report) {
        String on = ReportFormat.date(report.preparedOn());
        return report.preparedFor() != null && !report.preparedFor().isBlank()
                ? report.words()
                        .get(
                                "report.preparedFor",
                                report.preparedFor().strip(),
                                report.preparedBy().strip(),
                                on)
                : report.words().get("report.prepared", report.preparedBy().strip(), on);
    }
}
