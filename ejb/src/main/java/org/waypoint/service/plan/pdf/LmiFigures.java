package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.function.Function;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.lmi.LmiReviewView.Occupation;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.Wages;
import org.waypoint.service.lmi.report.ReportFormat;
import org.waypoint.service.lmi.report.ReportStyle;
import org.waypoint.service.plan.PlanText;

/**
 * The figures the LMI section saved, one column per occupation (at most four are reviewed at a
 * time), with their sources, the hourly wages' derivation and O*NET's attribution as the LMI report
 * prints them. These are the figures as the participant saw them: a later import does not change
 * them, which is why the plan prints the snapshot and not today's figures.
 */
final class LmiFigures {

    /** One row: what the figure is, how it reads, and whether it is a figure (aligned right). */
    private record Row(String label, Function<Occupation, String> value, boolean figure) {}

    private static final List<Row> ROWS = List.of(
            new Row("Mean wage, annual", o -> ReportFormat.dollars(o.meanWage()), true),
            new Row(
                    "Mean wage, hourly (annual ÷ " + ReportFormat.count(Wages.HOURS_PER_YEAR) + ")",
                    o -> ReportFormat.dollarsAndCents(o.meanHourlyWage()),
                    true),
            new Row("Median wage, annual", o -> ReportFormat.dollars(o.medianWage()), true),
            new Row("Entry wage, annual", o -> ReportFormat.dollars(o.entryWage()), true),
            new Row("Experienced wage, annual", o -> ReportFormat.dollars(o.experiencedWage()), true),
            new Row("Employment, base to projected", LmiFigures::employment, true),
            new Row("Percent change", o -> ReportFormat.percent(o.percentChange()), true),
            new Row("Openings a year", o -> ReportFormat.count(o.annualOpenings()), true),
            // Waypoint's own signal, named as such: the official label is the boards' (WIOA sec. 3(23))
            new Row(
                    "Waypoint growth-and-openings signal",
                    o -> o.inDemand() == null ? "Not known" : o.inDemand() ? "Met" : "Not met",
                    true),
            new Row("Typical education", o -> ReportFormat.text(o.typicalEducation()), false),
            new Row("Wage source", o -> ReportFormat.text(o.wageSource()), false),
            new Row("Projection source", o -> ReportFormat.text(o.projectionSource()), false));

    private LmiFigures() {}

    static void addTo(PlanPdfDocument document, LmiReviewView lmi) {
        List<Occupation> occupations = lmi.occupations();
        document.subheading("Figures as saved"
                + (lmi.reviewedOn() == null ? "" : " on " + PlanText.date(lmi.reviewedOn()))
                + (PlanPdfDocument.present(lmi.areaName()) ? " for " + lmi.areaName() : ""));
        if (occupations.isEmpty()) {
            document.text(null);
            return;
        }
        float[] widths = new float[occupations.size() + 1];
        widths[0] = 2.6f;
        String[] headers = new String[occupations.size() + 1];
        headers[0] = "Figure";
        for (int i = 0; i < occupations.size(); i++) {
            Occupation occupation = occupations.get(i);
            widths[i + 1] = 2;
            headers[i + 1] = PlanText.text(occupation.title()) + " (SOC " + PlanText.text(occupation.soc()) + ")";
        }
        PdfPTable table = ReportStyle.table(widths, 1, headers);
        for (Row row : ROWS) {
            table.addCell(ReportStyle.textCell(row.label()));
            for (Occupation occupation : occupations) {
                String value = row.value().apply(occupation);
                table.addCell(row.figure() ? ReportStyle.figureCell(value) : ReportStyle.textCell(value));
            }
        }
        document.add(table);
        document.note("Hourly wages are annual wages divided by " + ReportFormat.count(Wages.HOURS_PER_YEAR)
                + " hours, worked out by Waypoint; the publishers' own hourly figures may differ by a few cents."
                + " \"Not published\" marks a figure the source did not publish.");
        document.note(OccupationProfile.ONET_ATTRIBUTION);
    }

    private static String employment(Occupation occupation) {
        if (occupation.baseEmployment() == null && occupation.projectedEmployment() == null) {
            return ReportFormat.NOT_PUBLISHED;
        }
        return ReportFormat.count(occupation.baseEmployment()) + " to "
                + ReportFormat.count(occupation.projectedEmployment());
    }
}
