package org.waypoint.service.plan.pdf;

import java.util.List;
import org.waypoint.service.plan.PlanContent.YouthStrategy;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.PlanText;
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
        document.heading("Youth service strategy");
        YouthStrategy youth = plan.content().youth();
        document.subheading("Youth program elements linked (20 CFR 681.460)");
        document.list(
                youth == null
                        ? List.of()
                        : youth.programElements().stream()
                                .map(PlanText::programElement)
                                .toList(),
                false);
        document.facts(List.of(
                new Fact("Education goal", youth == null ? null : youth.educationGoal()),
                new Fact(
                        "Non-traditional employment",
                        youth == null ? null : PlanText.yesNo(youth.nonTraditionalEmployment())),
                new Fact("Non-traditional for", youth == null ? null : youth.nonTraditionalFor()),
                new Fact("Career planning", youth == null ? null : youth.careerPlanningNotes()),
                new Fact("Follow-up strategy", youth == null ? null : youth.followUpStrategy()),
                new Fact(
                        "Recent service strategy reused",
                        youth == null ? null : PlanText.recentStrategy(youth.reuse()))));
    }
}
