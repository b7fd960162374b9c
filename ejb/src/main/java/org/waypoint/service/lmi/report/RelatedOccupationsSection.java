package org.waypoint.service.lmi.report;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.lmi.RelatedOccupationFigures;

/**
 * Occupations O*NET relates to this one, with what they pay and how often they open in the same
 * area: the next steps, or the fallbacks, for someone with these skills.
 */
final class RelatedOccupationsSection implements ReportSection {

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        document.heading("Related occupations");
        if (report.profile().related().isEmpty()) {
            document.paragraph("O*NET lists no related occupations for this one.");
            return;
        }
        PdfPTable table = ReportStyle.table(
                new float[] {5, 1.6f, 2.3f, 2.2f, 1.8f},
                3,
                "Occupation",
                "SOC",
                "Relatedness",
                "Median annual wage",
                "Openings a year");
        for (RelatedOccupationFigures related : report.profile().related()) {
            table.addCell(ReportStyle.textCell(ReportFormat.text(related.title())));
            table.addCell(ReportStyle.textCell(ReportFormat.text(related.soc())));
            table.addCell(ReportStyle.textCell(ReportFormat.text(related.tier())));
            table.addCell(ReportStyle.figureCell(ReportFormat.dollars(related.medianAnnualWage())));
            table.addCell(ReportStyle.figureCell(ReportFormat.count(related.annualOpenings())));
        }
        document.add(table);
    }
}
