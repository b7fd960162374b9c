package org.waypoint.service.lmi.report;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * What it takes to get in: BLS's typical entry requirements as KYSTATS publishes them, beside the
 * education most O*NET survey respondents say the job needs (the two often differ, and both matter
 * when choosing training), and O*NET's Job Zone: how much preparation the occupation needs.
 */
final class EducationSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        OccupationProfile profile = report.profile();
        document.heading("report.heading.education");
        PdfPTable table = document.table(new float[] {4, 4}, 2, "report.requirement", "report.typically");
        row(document, table, "report.typicalEducation", profile.typicalEducation());
        row(document, table, "report.workExperience", profile.workExperience());
        row(document, table, "report.onTheJobTraining", profile.onTheJobTraining());
        row(document, table, "report.onetEducation", profile.onetRequiredEducation());
        row(
                document,
                table,
                "report.jobZone",
                profile.jobZoneName() == null
                        ? null
                        : profile.jobZoneName().in(document.words().language().locale()));
        document.add(table);
    }

    private static void row(ReportDocument document, PdfPTable table, String labelKey, String value) {
        table.addCell(ReportStyle.textCell(document.word(labelKey)));
        table.addCell(ReportStyle.textCell(document.figure(ReportFormat.text(value))));
    }
}
