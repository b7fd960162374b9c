package org.waypoint.service.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * A state's rules for plans: which elements an IEP and an ISS must have before they may be signed,
 * and how often they are reviewed. Kentucky (guidance 24-003) and Georgia (policy 3.3.1) ship; the
 * federal minimum applies to any other state.
 *
 * @param reviewIntervalDays null when the state sets no review interval (the 90 days are Kentucky's)
 */
public record PlanPolicy(String state, Set<PlanElement> iep, Set<PlanElement> iss, Integer reviewIntervalDays) {

    /** What 20 CFR 680.170 and 681.420 require of every plan, whatever the state. */
    private static final Set<PlanElement> FEDERAL_IEP = EnumSet.of(
            PlanElement.JOINTLY_DEVELOPED,
            PlanElement.EMPLOYMENT_GOAL,
            PlanElement.ACHIEVEMENT_OBJECTIVES,
            PlanElement.SCHEDULE_OF_SERVICES,
            PlanElement.NEED_FOR_TRAINING,
            PlanElement.TRAINING_PLAN);

    private static final Set<PlanElement> FEDERAL_ISS = EnumSet.of(
            PlanElement.JOINTLY_DEVELOPED,
            PlanElement.EMPLOYMENT_GOAL,
            PlanElement.EDUCATION_GOAL,
            PlanElement.PROGRAM_ELEMENTS,
            PlanElement.ACHIEVEMENT_OBJECTIVES,
            PlanElement.SCHEDULE_OF_SERVICES,
            PlanElement.FOLLOW_UP_STRATEGY,
            PlanElement.RECENT_STRATEGY);

    public PlanPolicy {
        iep = Set.copyOf(iep);
        iss = Set.copyOf(iss);
    }

    public Set<PlanElement> required(PlanKind kind) {
        return kind == PlanKind.IEP ? iep : iss;
    }

    /**
     * Kentucky 24-003: sections A-E (LMI, industry sectors, strengths, goals and challenges,
     * stressors and challenges), "this IEP shall identify" (goals, barriers, the lacking credential
     * when training), the five must-include items (goals, objectives, services, provider
     * information, career pathways); reviewed at least every 90 days.
     */
    public static PlanPolicy kentucky() {
        Set<PlanElement> iep = EnumSet.copyOf(FEDERAL_IEP);
        iep.addAll(EnumSet.of(
                PlanElement.LABOR_MARKET_INFORMATION,
                PlanElement.INDUSTRY_SECTORS,
                PlanElement.STRENGTHS,
                PlanElement.GOALS_AND_CHALLENGES,
                PlanElement.STRESSORS_AND_CHALLENGES,
                PlanElement.BARRIERS,
                PlanElement.PROVIDER_INFORMATION,
                PlanElement.CAREER_PATHWAY));
        Set<PlanElement> iss = EnumSet.copyOf(FEDERAL_ISS);
        iss.addAll(EnumSet.of(
                PlanElement.LABOR_MARKET_INFORMATION,
                PlanElement.STRENGTHS,
                PlanElement.STRESSORS_AND_CHALLENGES,
                PlanElement.CAREER_PATHWAY));
        return new PlanPolicy("KY", iep, iss, 90);
    }

    /**
     * Georgia 3.3.1: the five basic elements (I.A employment goal, I.B training and supportive-service
     * needs, I.C schedule of activities and services, I.D achievement objectives, I.E follow-up
     * services) and the justification of the goal monitors look for; no review interval set.
     */
    public static PlanPolicy georgia() {
        Set<PlanElement> iep = EnumSet.copyOf(FEDERAL_IEP);
        iep.addAll(EnumSet.of(
                PlanElement.GOAL_JUSTIFICATION, PlanElement.TRAINING_AND_SUPPORT_NEEDS, PlanElement.FOLLOW_UP));
        return new PlanPolicy("GA", iep, EnumSet.copyOf(FEDERAL_ISS), null);
    }

    /** The federal minimum, for a state without a policy profile of its own. */
    public static PlanPolicy federal(String state, Integer reviewIntervalDays) {
        return new PlanPolicy(state, FEDERAL_IEP, FEDERAL_ISS, reviewIntervalDays);
    }

    /** The policy a plan of the state follows, as a monitor cites it. */
    public static String citation(String state) {
        return switch (state == null ? "" : state) {
            case "KY" -> "Kentucky guidance 24-003 and 20 CFR 680.170 / 681.420";
            case "GA" -> "Georgia policy 3.3.1 and 20 CFR 680.170 / 681.420";
            default -> "20 CFR 680.170 / 681.420";
        };
    }

    /** The policy of a state: Kentucky's and Georgia's as shipped, else the federal minimum. */
    public static PlanPolicy of(String state, Integer reviewIntervalDays) {
        PlanPolicy shipped =
                switch (state == null ? "" : state) {
                    case "KY" -> kentucky();
                    case "GA" -> georgia();
                    default -> federal(state, reviewIntervalDays);
                };
        // the interval is the state profile's, which a state admin may change
        return new PlanPolicy(shipped.state(), shipped.iep(), shipped.iss(), reviewIntervalDays);
    }
}
