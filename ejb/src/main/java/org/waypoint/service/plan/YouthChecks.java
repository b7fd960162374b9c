package org.waypoint.service.plan;

import java.time.LocalDate;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.RecentStrategy;
import org.waypoint.service.plan.PlanContent.YouthStrategy;

/**
 * The youth ISS's own elements (20 CFR 681.420): the link to the 14 program elements (681.460), each
 * planned service under one of them, the education goal, career planning (Kentucky 24-003's ISS
 * item 3), the follow-up strategy (681.580), and a reused strategy from another program that is
 * documented and recent by the state's limit (681.420(a)(4)).
 */
final class YouthChecks {

    private YouthChecks() {}

    static MissingElement check(PlanElement element, PlanContent plan, PlanFacts facts) {
        YouthStrategy youth = plan.youth();
        if (element == PlanElement.RECENT_STRATEGY_AGE) {
            return age(youth, facts);
        }
        boolean ok =
                switch (element) {
                    case PROGRAM_ELEMENTS ->
                        youth != null && !youth.programElements().isEmpty();
                    case SERVICE_PROGRAM_ELEMENT ->
                        PlanCompleteness.all(plan.services(), s -> YouthProgramElement.of(s.programElement())
                                .isPresent());
                    case EDUCATION_GOAL -> youth != null && PlanCompleteness.present(youth.educationGoal());
                    case CAREER_PLANNING -> youth != null && PlanCompleteness.present(youth.careerPlanningNotes());
                    case FOLLOW_UP_STRATEGY -> youth != null && PlanCompleteness.present(youth.followUpStrategy());
                    case RECENT_STRATEGY ->
                        youth == null || youth.reuse() == null || youth.reuse().isDocumented();
                    default -> throw new IllegalArgumentException(element + " is not a youth element");
                };
        return ok ? null : MissingElement.of(element);
    }

    /** A reused strategy is "recent": not older than the state's limit, and not dated in the future. */
    private static MissingElement age(YouthStrategy youth, PlanFacts facts) {
        RecentStrategy reuse = youth == null ? null : youth.reuse();
        LocalDate developed = reuse == null ? null : reuse.developedOn();
        if (developed == null) {
            return null; // RECENT_STRATEGY asks for the date
        }
        if (developed.isAfter(facts.today())) {
            return new MissingElement(
                    PlanElement.RECENT_STRATEGY_AGE, Text.of("plan.reuse.future", PlanCompleteness.day(developed)));
        }
        if (developed.plusMonths(facts.strategyMaxAgeMonths()).isBefore(facts.today())) {
            return new MissingElement(
                    PlanElement.RECENT_STRATEGY_AGE,
                    Text.of("plan.reuse.old", PlanCompleteness.day(developed), facts.strategyMaxAgeMonths()));
        }
        return null;
    }
}
