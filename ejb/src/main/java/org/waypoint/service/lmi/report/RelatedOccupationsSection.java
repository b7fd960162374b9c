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
        document.heading("report.heading.related");
        if (report.profile().related().isEmpty()) {
            document.paragraph(document.word("report.noRelated"));
            return;
        }
        PdfPTable table = document.table(
                new float[] {5, 1.6f, 2.3f, 2.2f, 1.8f},
                3,
                "goals.occupation",
                "report.soc",
                "report.relatedness",
                "report.medianAnnual",
                "figures.openings");
        for (RelatedOccupationFigures related : report.profile().related()) {
            table.addCell(ReportStyle.textCell(ReportFormat.text(related.title())));
            table.addCell(ReportStyle.textCell(ReportFormat.text(related.soc())));
            table.addCell(ReportStyle.textCell(ReportFormat.text(related.tier())));
            table.addCell(ReportStyle.figureCell(document.figure(ReportFormat.dollars(related.medianAnnualWage()))));
            table.addCell(ReportStyle.figureCell(document.figure(ReportFormat.count(related.annualOpenings()))));
        }
        document.add(table);
    }
}
