package org.waypoint.service.lmi.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.lmi.Wages;

/**
 * What the occupation pays in the area, annual as published and hourly as derived. The hourly
 * column says it is derived (annual ÷ 2,080) because the publisher's own hourly figures can differ
 * by a few cents, and a career seeker comparing with a job posting should know which is which.
 */
final class WageSection implements ReportSection {

    private record Line(String label, Integer annual) {}

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        Wages wages = report.profile().wages();
        document.heading("report.heading.wages");
        if (wages == null) {
            document.paragraph(document.word("report.noWages"));
            return;
        }
        PdfPTable table = ReportStyle.table(
                new float[] {4.4f, 2, 3.6f},
                1,
                document.word("report.wage"),
                document.word("report.annual"),
                document.word("report.hourlyDerived"));
        for (Line line : lines(wages)) {
            table.addCell(ReportStyle.textCell(document.word(line.label())));
            table.addCell(ReportStyle.figureCell(document.figure(ReportFormat.dollars(line.annual()))));
            table.addCell(
                    ReportStyle.figureCell(document.figure(ReportFormat.dollarsAndCents(Wages.hourly(line.annual())))));
        }
        document.add(table);
        if (wages.topCoded()) {
            document.paragraph(document.word("report.topCoded"));
        }
        document.note(document.word("report.wageSource", ReportFormat.text(wages.source())));
    }

    /**
     * Lowest to highest. The 10th and 90th percentiles only where the source publishes them (BLS
     * OEWS): both rows when either has a figure, so that a top-coded 90th percentile still gets its
     * row and says "Not published".
     */
    private static List<Line> lines(Wages wages) {
        boolean percentiles = wages.pct10() != null || wages.pct90() != null;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("report.wage.entry", wages.entry()));
        if (percentiles) {
            lines.add(new Line("report.wage.pct10", wages.pct10()));
        }
        lines.add(new Line("report.wage.pct25", wages.pct25()));
        lines.add(new Line("report.wage.median", wages.median()));
        lines.add(new Line("report.wage.mean", wages.mean()));
        lines.add(new Line("report.wage.pct75", wages.pct75()));
        if (percentiles) {
            lines.add(new Line("report.wage.pct90", wages.pct90()));
        }
        lines.add(new Line("report.wage.experienced", wages.experienced()));
        return lines;
    }
}
