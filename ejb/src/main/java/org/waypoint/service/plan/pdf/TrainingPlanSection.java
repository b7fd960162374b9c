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
        document.heading("Training plan");
        TrainingPlan training = plan.content().trainingPlan();
        if (training == null) {
            document.text(null);
        } else {
            document.facts(List.of(
                    new Fact("Eligible training provider", training.provider()),
                    new Fact("Program", training.program()),
                    new Fact("CIP code", training.cipCode()),
                    new Fact("Cost", PlanText.money(training.cost())),
                    new Fact("Length", PlanText.weeks(training.lengthWeeks())),
                    new Fact("Credential", training.credential()),
                    new Fact("Outcomes", training.outcomes()),
                    new Fact("Individual Training Account amount", PlanText.money(training.itaAmount())),
                    new Fact("Other grant aid considered (20 CFR 680.230)", training.otherAidConsidered()),
                    new Fact("Link to employment opportunities (20 CFR 680.210(b))", training.demandLink())));
        }
        if (!NeedForTrainingSection.trainingScheduled(plan.content())) {
            document.note("No training service is scheduled, so a training plan is not required.");
        }
    }
}
