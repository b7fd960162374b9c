package org.waypoint.service.plan.pdf;

import java.util.List;
import org.waypoint.service.plan.PlanContent.TrainingNeeds;
import org.waypoint.service.plan.pdf.PlanPdfDocument.Fact;

/**
 * Georgia I.B: training needs in pre-employment and work maturity, basic education and occupational
 * skills, supportive-service needs, and every other deficiency, whether WIOA meets it or not.
 */
final class TrainingNeedsSection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading("Training and supportive-service needs");
        TrainingNeeds needs = plan.content().trainingNeeds();
        if (needs == null) {
            document.text(null);
            return;
        }
        document.facts(List.of(
                new Fact("Pre-employment and work maturity skills", needs.preEmploymentSkills()),
                new Fact("Basic education skills", needs.basicEducationSkills()),
                new Fact("Occupational skills", needs.occupationalSkills()),
                new Fact("Supportive-service needs", needs.supportiveServiceNeeds()),
                new Fact("Other skill deficiencies and barriers", needs.otherDeficiencies())));
    }
}
