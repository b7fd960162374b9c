package org.waypoint.service.plan.pdf;

import java.util.List;
import org.waypoint.service.plan.PlanContent.YouthStrategy;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.pdf.PlanPdfDocument.Fact;

/**
 * The ISS's own elements (20 CFR 681.420): the youth program elements the strategy links to, by
 * number and name as 681.460 gives them, the education goal, non-traditional employment, career
 * planning, the follow-up strategy, and the recent strategy from another program when one is reused.
 * An IEP has none of these and prints no such section.
 */
final class YouthStrategySection implements PlanSection {

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        if (plan.kind() != PlanKind.ISS) {
            return;
        }
        document.heading("heading.youth");
        YouthStrategy youth = plan.content().youth();
        document.subheading(document.word("youth.elementsLinked"));
        document.list(
                youth == null
                        ? List.of()
                        : youth.programElements().stream()
                                .map(number -> PlanPdfText.programElement(document.words(), number))
                                .toList(),
                false);
        document.facts(List.of(
                new Fact("youth.educationGoal", youth == null ? null : youth.educationGoal()),
                new Fact(
                        "youth.nonTraditional",
                        youth == null ? null : document.words().yesNo(youth.nonTraditionalEmployment())),
                new Fact("youth.nonTraditionalFor", youth == null ? null : youth.nonTraditionalFor()),
                new Fact("youth.careerPlanning", youth == null ? null : youth.careerPlanningNotes()),
                new Fact("youth.followUpStrategy", youth == null ? null : youth.followUpStrategy()),
                new Fact(
                        "youth.reused",
                        youth == null ? null : PlanPdfText.recentStrategy(document.words(), youth.reuse()))));
    }
}
