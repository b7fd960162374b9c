package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.function.BiFunction;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.lmi.LmiReviewView.Occupation;
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

    /** One row: what the figure is (a key of the documents bundle), how it reads, and whether it is a figure (aligned right). */
    private record Row(String label, BiFunction<DocumentText, Occupation, String> value, boolean figure) {}

    private static final List<Row> ROWS = List.of(
            new Row("figures.meanAnnual", (w, o) -> ReportFormat.dollars(o.meanWage()), true),
            new Row("figures.meanHourly", (w, o) -> ReportFormat.dollarsAndCents(o.meanHourlyWage()), true),
            new Row("figures.medianAnnual", (w, o) -> ReportFormat.dollars(o.medianWage()), true),
            new Row("figures.entryAnnual", (w, o) -> ReportFormat.dollars(o.entryWage()), true),
            new Row("figures.experiencedAnnual", (w, o) -> ReportFormat.dollars(o.experiencedWage()), true),
            new Row("figures.employment", LmiFigures::employment, true),
            new Row("figures.percentChange", (w, o) -> ReportFormat.percent(o.percentChange()), true),
            new Row("figures.openings", (w, o) -> ReportFormat.count(o.annualOpenings()), true),
            // Waypoint's own signal, named as such: the official label is the boards' (WIOA sec. 3(23))
            new Row(
                    "figures.signal",
                    (w, o) -> w.get(
                            o.inDemand() == null
                                    ? "figures.signal.unknown"
                                    : o.inDemand() ? "figures.signal.met" : "figures.signal.notMet"),
                    true),
            new Row("figures.typicalEducation", (w, o) -> ReportFormat.text(o.typicalEducation()), false),
            new Row("figures.wageSource", (w, o) -> ReportFormat.text(o.wageSource()), false),
            new Row("figures.projectionSource", (w, o) -> ReportFormat.text(o.projectionSource()), false));

    private LmiFigures() {}

    static void addTo(PlanPdfDocument document, LmiReviewView lmi) {
        List<Occupation> occupations = lmi.occupations();
        document.subheading(document.word("figures.asSaved")
                + (lmi.reviewedOn() == null ? "" : " " + document.word("figures.on", PlanText.date(lmi.reviewedOn())))
                + (PlanPdfDocument.present(lmi.areaName()) ? " " + document.word("figures.for", lmi.areaName()) : ""));
        if (occupations.isEmpty()) {
            document.text(null);
            return;
        }
        float[] widths = new float[occupations.size() + 1];
        widths[0] = 2.6f;
        String[] headers = new String[occupations.size() + 1];
        headers[0] = document.word("figures.figure");
        for (int i = 0; i < occupations.size(); i++) {
            Occupation occupation = occupations.get(i);
            widths[i + 1] = 2;
            headers[i + 1] = PlanText.text(occupation.title()) + " (SOC " + PlanText.text(occupation.soc()) + ")";
        }
        PdfPTable table = ReportStyle.table(widths, 1, headers);
        for (Row row : ROWS) {
            table.addCell(ReportStyle.textCell(document.word(row.label(), ReportFormat.count(Wages.HOURS_PER_YEAR))));
            for (Occupation occupation : occupations) {
                String value = translated(document, row.value().apply(document.words(), occupation));
                table.addCell(row.figure() ? ReportStyle.figureCell(value) : ReportStyle.textCell(value));
            }
        }
        document.add(table);
        document.note(document.word("figures.hourlyNote", ReportFormat.count(Wages.HOURS_PER_YEAR)));
        document.note(document.word("onetAttribution"));
    }

    /** "Not published" in the document's language; figures as they are. */
    private static String translated(PlanPdfDocument document, String value) {
        if (ReportFormat.NOT_PUBLISHED.equals(value)) {
            return document.word("notPublished");
        }
        return value;
    }

    private static String employment(DocumentText words, Occupation occupation) {
        if (occupation.baseEmployment() == null && occupation.projectedEmployment() == null) {
            return ReportFormat.NOT_PUBLISHED;
        }
        return words.get(
                "figures.range",
                ReportFormat.count(occupation.baseEmployment()),
                ReportFormat.count(occupation.projectedEmployment()));
    }
}
