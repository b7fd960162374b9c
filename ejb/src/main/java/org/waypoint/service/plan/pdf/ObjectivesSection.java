package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanText;

/**
 * Georgia I.D: the achievement objectives, the interim benchmarks progress is measured against at
 * each review, with where each stands and the evidence for it.
 */
final class ObjectivesSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("Achievement objectives");
        if (plan.content().objectives().isEmpty()) {
            document.text(null);
            return;
        }
        PdfPTable table = PlanPdfDocument.table(
                new float[] {2.6f, 2.2f, 1.4f, 1.2f, 1.4f, 2.2f},
                "Benchmark",
                "Measure",
                "Target date",
                "Status",
                "Status date",
                "Evidence");
        for (Objective objective : plan.content().objectives()) {
            // Georgia 3.3.1: the justification of the action steps, under the benchmark
            table.addCell(PlanPdfDocument.cell(
                    objective.justification() == null
                                    || objective.justification().isBlank()
                            ? objective.benchmark()
                            : objective.benchmark() + "\nWhy: " + objective.justification()));
            table.addCell(PlanPdfDocument.cell(objective.measure()));
            table.addCell(PlanPdfDocument.cell(PlanText.date(objective.targetDate())));
            table.addCell(PlanPdfDocument.cell(PlanText.status(objective.status())));
            table.addCell(PlanPdfDocument.cell(PlanText.date(objective.statusDate())));
            table.addCell(PlanPdfDocument.cell(objective.evidence()));
        }
        document.add(table);
    }
}
