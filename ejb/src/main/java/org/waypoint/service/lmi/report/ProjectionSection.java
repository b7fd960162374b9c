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
        document.heading("Employment outlook");
        if (projection == null) {
            document.paragraph("No projections are published for this area.");
            return;
        }
        PdfPTable table = ReportStyle.table(new float[] {5, 2}, 1, "Employment", "Jobs");
        row(table, "Employment in " + projection.baseYear(), ReportFormat.count(projection.baseEmployment()));
        row(
                table,
                "Projected employment in " + projection.projectedYear(),
                ReportFormat.count(projection.projectedEmployment()));
        row(table, "Change", ReportFormat.count(projection.change()));
        row(table, "Percent change", ReportFormat.percent(projection.percentChange()));
        row(table, "Openings a year", ReportFormat.count(projection.annualOpenings()));
        row(table, "   from workers leaving the labor force (exits)", ReportFormat.count(projection.annualExits()));
        row(
                table,
                "   from workers moving to other occupations (transfers)",
                ReportFormat.count(projection.annualTransfers()));
        row(table, "   from growth", ReportFormat.count(projection.annualGrowthOpenings()));
        document.add(table);
        document.note("Openings are published as totals over the " + projection.years() + " years ("
                + ReportFormat.count(projection.openings()) + "); a year's figures are those totals divided by "
                + projection.years() + " and rounded, so the parts may not add up exactly. Source: "
                + ReportFormat.text(projection.source()) + ".");
    }

    private static void row(PdfPTable table, String label, String figure) {
        table.addCell(ReportStyle.textCell(label));
        table.addCell(ReportStyle.figureCell(figure));
    }
}
