package org.waypoint.service.plan;

import java.util.List;
import java.util.Objects;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.reference.InDemandCsv;

/**
 * Kentucky's LMI section (24-003 section A and Attachment A) counts only when it is really there: an
 * LMI review linked to the plan, "reviewed the current LMI" answered yes with the participant, its
 * comment holding the four figures the guidance names ({@link LmiCommentFigures}), and one of the
 * occupations reviewed being the employment goal's. When no section is linked only the first is
 * reported, so the checklist does not repeat itself.
 */
final class LmiSectionChecks {

    private LmiSectionChecks() {}

    static MissingElement check(PlanElement element, PlanContent plan, PlanFacts.LmiSection lmi) {
        if (element == PlanElement.LABOR_MARKET_INFORMATION) {
            return plan.lmiReviewId() == null || lmi == null ? MissingElement.of(element) : null;
        }
        if (plan.lmiReviewId() == null || lmi == null) {
            return null;
        }
        return switch (element) {
            case LMI_REVIEWED_WITH_PARTICIPANT -> lmi.reviewedWithParticipant() ? null : MissingElement.of(element);
            case LMI_FIGURES -> figures(lmi.comment());
            case LMI_GOAL_OCCUPATION -> goalReviewed(plan.goals(), lmi.socs());
            default -> throw new IllegalArgumentException(element + " is not an LMI element");
        };
    }

    private static MissingElement figures(String comment) {
        List<LmiCommentFigures.Figure> missing = LmiCommentFigures.missing(comment);
        if (missing.isEmpty()) {
            return null;
        }
        return new MissingElement(
                PlanElement.LMI_FIGURES,
                Text.of(
                        "plan.lmi.figuresLacking",
                        list(missing.stream()
                                .map(LmiCommentFigures.Figure::text)
                                .toList())));
    }

    /** "a, b, c": the parts joined by commas, in every language. */
    private static Text list(List<Text> parts) {
        Text joined = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            joined = Text.of("plan.list", joined, parts.get(i));
        }
        return joined;
    }

    private static MissingElement goalReviewed(List<EmploymentGoal> goals, List<String> reviewed) {
        List<String> goalSocs = goals.stream()
                .map(EmploymentGoal::soc)
                .map(InDemandCsv::normalise)
                .filter(Objects::nonNull)
                .toList();
        if (goalSocs.isEmpty()) {
            return new MissingElement(PlanElement.LMI_GOAL_OCCUPATION, Text.of("plan.lmi.noGoalSoc"));
        }
        if (reviewed.stream().map(InDemandCsv::normalise).anyMatch(goalSocs::contains)) {
            return null;
        }
        return new MissingElement(
                PlanElement.LMI_GOAL_OCCUPATION,
                Text.of("plan.lmi.goalNotReviewed", String.join(", ", reviewed), String.join(", ", goalSocs)));
    }
}
