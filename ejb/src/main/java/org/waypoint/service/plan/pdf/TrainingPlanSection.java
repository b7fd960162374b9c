package org.waypoint.service.plan.pdf;

import java.util.List;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.plan.PlanText;
import org.waypoint.service.plan.pdf.PlanPdfDocument.Fact;

/**
 * The training program: the Eligible Training Provider and program chosen from the state list, what
 * it costs and leads to, and the Individual Training Account with the other grant aid considered,
 * which WIOA funds only supplement (20 CFR 680.230).
 */
final class TrainingPlanSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("heading.trainingPlan");
        TrainingPlan training = plan.content().trainingPlan();
        if (training == null) {
            document.text(null);
        } else {
            document.facts(List.of(
                    new Fact("training.provider", training.provider()),
                    new Fact("training.program", training.program()),
                    new Fact("training.cip", training.cipCode()),
                    new Fact("training.cost", PlanText.money(training.cost())),
                    new Fact("training.length", PlanPdfText.weeks(document.words(), training.lengthWeeks())),
                    new Fact("training.credential", training.credential()),
                    new Fact("training.outcomes", training.outcomes()),
                    new Fact("training.ita", PlanText.money(training.itaAmount())),
                    new Fact("training.otherAid", training.otherAidConsidered()),
                    new Fact("training.demandLink", training.demandLink())));
        }
        if (!NeedForTrainingSection.trainingScheduled(plan.content())) {
            document.note(document.word("training.notRequired"));
        }
    }
}
