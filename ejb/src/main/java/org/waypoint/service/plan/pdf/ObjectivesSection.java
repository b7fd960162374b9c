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
        document.heading("heading.objectives");
        if (plan.content().objectives().isEmpty()) {
            document.text(null);
            return;
        }
        PdfPTable table = document.table(
                new float[] {2.6f, 2.2f, 1.4f, 1.2f, 1.4f, 2.2f},
                "objectives.benchmark",
                "objectives.measure",
                "objectives.targetDate",
                "objectives.status",
                "objectives.statusDate",
                "objectives.evidence");
        for (Objective objective : plan.content().objectives()) {
            // Georgia 3.3.1: the justification of the action steps, under the benchmark
            table.addCell(document.cell(
                    objective.justification() == null
                                    || objective.justification().isBlank()
                            ? objective.benchmark()
                            : objective.benchmark() + "\n" + document.word("why", objective.justification())));
            table.addCell(document.cell(objective.measure()));
            table.addCell(document.cell(PlanText.date(objective.targetDate())));
            table.addCell(document.cell(PlanPdfText.status(document.words(), objective.status())));
            table.addCell(document.cell(PlanText.date(objective.statusDate())));
            table.addCell(document.cell(objective.evidence()));
        }
        document.add(table);
    }
}
