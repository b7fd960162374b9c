package org.waypoint.service.lmi.report;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * What it takes to get in: BLS's typical entry requirements as KYSTATS publishes them, beside the
 * education most O*NET survey respondents say the job needs (the two often differ, and both matter
 * when choosing training).
 */
final class EducationSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        OccupationProfile profile = report.profile();
        document.heading("Education and training");
        PdfPTable table = ReportStyle.table(new float[] {4, 4}, 2, "Requirement", "Typically");
        row(table, "Typical education to enter", profile.typicalEducation());
        row(table, "Work experience in a related occupation", profile.workExperience());
        row(table, "On-the-job training", profile.onTheJobTraining());
        row(table, "Most common required education (O*NET)", profile.onetRequiredEducation());
        document.add(table);
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(ReportStyle.textCell(label));
        table.addCell(ReportStyle.textCell(ReportFormat.text(value)));
    }
}
