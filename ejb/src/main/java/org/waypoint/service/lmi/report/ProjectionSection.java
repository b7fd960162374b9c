package org.waypoint.service.lmi.report;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.lmi.Projection;

/**
 * How many people work in the occupation now and in ten years, and how many jobs open each year
 * and why: most openings come from people leaving or changing occupation, not from growth, which
 * is why a shrinking occupation can still hire.
 */
final class ProjectionSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        Projection projection = report.profile().projection();
        document.heading("report.heading.outlook");
        if (projection == null) {
            document.paragraph(document.word("report.noProjections"));
            return;
        }
        PdfPTable table = document.table(new float[] {5, 2}, 1, "report.employment", "report.jobs");
        row(
                document,
                table,
                document.word("report.employmentIn", projection.baseYear()),
                ReportFormat.count(projection.baseEmployment()));
        row(
                document,
                table,
                document.word("report.projectedIn", projection.projectedYear()),
                ReportFormat.count(projection.projectedEmployment()));
        row(document, table, document.word("report.change"), ReportFormat.count(projection.change()));
        row(document, table, document.word("figures.percentChange"), ReportFormat.percent(projection.percentChange()));
        row(document, table, document.word("figures.openings"), ReportFormat.count(projection.annualOpenings()));
        row(document, table, "   " + document.word("report.fromExits"), ReportFormat.count(projection.annualExits()));
        row(
                document,
                table,
                "   " + document.word("report.fromTransfers"),
                ReportFormat.count(projection.annualTransfers()));
        row(
                document,
                table,
                "   " + document.word("report.fromGrowth"),
                ReportFormat.count(projection.annualGrowthOpenings()));
        document.add(table);
        document.note(document.word(
                "report.openingsNote",
                projection.years(),
                document.figure(ReportFormat.count(projection.openings())),
                document.figure(ReportFormat.text(projection.source()))));
    }

    private static void row(ReportDocument document, PdfPTable table, String label, String figure) {
        table.addCell(ReportStyle.textCell(label));
        table.addCell(ReportStyle.figureCell(document.figure(figure)));
    }
}
