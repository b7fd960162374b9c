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

    static final String HOURLY_HEADER = "Hourly (annual ÷ 2,080, derived)";

    private record Line(String label, Integer annual) {}

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        Wages wages = report.profile().wages();
        document.heading("Wages");
        if (wages == null) {
            document.paragraph("No wages are published for this occupation in this area.");
            return;
        }
        PdfPTable table = ReportStyle.table(new float[] {4.4f, 2, 3.6f}, 1, "Wage", "Annual", HOURLY_HEADER);
        for (Line line : lines(wages)) {
            table.addCell(ReportStyle.textCell(line.label()));
            table.addCell(ReportStyle.figureCell(ReportFormat.dollars(line.annual())));
            table.addCell(ReportStyle.figureCell(ReportFormat.dollarsAndCents(Wages.hourly(line.annual()))));
        }
        document.add(table);
        if (wages.topCoded()) {
            document.paragraph("Some wages for this occupation are at or above the top of the published scale,"
                    + " so the publisher gives no exact figure for them.");
        }
        document.note("Source: " + ReportFormat.text(wages.source()) + ".");
    }

    /**
     * Lowest to highest. The 10th and 90th percentiles only where the source publishes them (BLS
     * OEWS): both rows when either has a figure, so that a top-coded 90th percentile still gets its
     * row and says "Not published".
     */
    private static List<Line> lines(Wages wages) {
        boolean percentiles = wages.pct10() != null || wages.pct90() != null;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Entry (average of the lowest third)", wages.entry()));
        if (percentiles) {
            lines.add(new Line("10th percentile", wages.pct10()));
        }
        lines.add(new Line("25th percentile", wages.pct25()));
        lines.add(new Line("Median (half earn more, half less)", wages.median()));
        lines.add(new Line("Mean (average)", wages.mean()));
        lines.add(new Line("75th percentile", wages.pct75()));
        if (percentiles) {
            lines.add(new Line("90th percentile", wages.pct90()));
        }
        lines.add(new Line("Experienced (average of the upper two thirds)", wages.experienced()));
        return lines;
    }
}
