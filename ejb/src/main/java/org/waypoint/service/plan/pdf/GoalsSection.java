package org.waypoint.service.plan.pdf;

import com.lowagie.text.pdf.PdfPTable;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanText;

/**
 * The employment goals, short- and long-term: a specific occupation or an occupational cluster
 * (Georgia I.A) and the justification monitors look for.
 */
final class GoalsSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("heading.goals");
        if (plan.content().goals().isEmpty()) {
            document.text(null);
            return;
        }
        PdfPTable table = document.table(
                new float[] {1.3f, 2.8f, 2, 4},
                "goals.term",
                "goals.occupation",
                "goals.cluster",
                "goals.justification");
        for (EmploymentGoal goal : plan.content().goals()) {
            table.addCell(document.cell(PlanPdfText.term(document.words(), goal.term())));
            table.addCell(document.cell(PlanText.occupation(goal)));
            table.addCell(document.cell(goal.cluster()));
            table.addCell(document.cell(goal.justification()));
        }
        document.add(table);
        if (plan.goalDemand() != null) {
            // WIOA sec. 3(23): the boards' label, never Waypoint's own signal
            document.note(document.word("goals.officialDemand", plan.goalDemand()));
        }
    }
}
