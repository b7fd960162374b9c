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
        document.heading("heading.trainingNeeds");
        TrainingNeeds needs = plan.content().trainingNeeds();
        if (needs == null) {
            document.text(null);
            return;
        }
        document.facts(List.of(
                new Fact("needs.preEmployment", needs.preEmploymentSkills()),
                new Fact("needs.basicEducation", needs.basicEducationSkills()),
                new Fact("needs.occupational", needs.occupationalSkills()),
                new Fact("needs.supportive", needs.supportiveServiceNeeds()),
                new Fact("needs.other", needs.otherDeficiencies())));
    }
}
