package org.waypoint.service.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * A state's rules for plans: which elements an IEP and an ISS must have before they may be signed,
 * how often they are reviewed, and whether a signed copy must go to the participant. Kentucky
 * (guidance 24-003) and Georgia (policy 3.3.1) ship; the federal minimum applies to any other state.
 *
 * @param reviewIntervalDays null when the state sets no review interval (the 90 days are Kentucky's)
 * @param signedCopyRequired the participant must be given a copy signed by staff and participant
 *     (Georgia 3.3.1); signing is refused without it
 */
public record PlanPolicy(
        String state,
        Set<PlanElement> iep,
        Set<PlanElement> iss,
        Integer reviewIntervalDays,
        boolean signedCopyRequired) {

    /**
     * What 20 CFR 680.170 and 681.420 require of every plan, whatever the state (each goal short- or
     * long-term, as the signed plan prints it: issue 19 found plans signed with "Not recorded"), and for training
     * the federal findings (680.210(a)), a program of the Eligible Training Provider List (WIOA sec.
     * 122, 134(c)(3)(F)), its link to local demand (680.210(b)) and other grant aid (680.230).
     */
    private static final Set<PlanElement> FEDERAL_IEP = EnumSet.of(
            PlanElement.JOINTLY_DEVELOPED,
            PlanElement.EMPLOYMENT_GOAL,
            PlanElement.GOAL_TERM,
            PlanElement.ACHIEVEMENT_OBJECTIVES,
            PlanElement.SCHEDULE_OF_SERVICES,
            PlanElement.NEED_FOR_TRAINING,
            PlanElement.TRAINING_PLAN,
            PlanElement.TRAINING_ON_ETPL,
            PlanElement.TRAINING_IN_DEMAND,
            PlanElement.OTHER_AID_CONSIDERED);

    /**
     * 681.420: based on a current objective assessment; linked to the 14 program elements, each
     * planned service under one of them (681.460); a reused strategy documented and recent.
     */
    private static final Set<PlanElement> FEDERAL_ISS = EnumSet.of(
            PlanElement.JOINTLY_DEVELOPED,
            PlanElement.OBJECTIVE_ASSESSMENT,
            PlanElement.EMPLOYMENT_GOAL,
            PlanElement.GOAL_TERM,
            PlanElement.EDUCATION_GOAL,
            PlanElement.PROGRAM_ELEMENTS,
            PlanElement.SERVICE_PROGRAM_ELEMENT,
            PlanElement.ACHIEVEMENT_OBJECTIVES,
            PlanElement.SCHEDULE_OF_SERVICES,
            PlanElement.FOLLOW_UP_STRATEGY,
            PlanElement.RECENT_STRATEGY,
            PlanElement.RECENT_STRATEGY_AGE);

    /** Kentucky 24-003, Attachment A: the LMI section, reviewed with the participant, with its figures. */
    private static final Set<PlanElement> KENTUCKY_LMI = EnumSet.of(
            PlanElement.LABOR_MARKET_INFORMATION,
            PlanElement.LMI_REVIEWED_WITH_PARTICIPANT,
            PlanElement.LMI_FIGURES,
            PlanElement.LMI_GOAL_OCCUPATION);

    public PlanPolicy {
        iep = Set.copyOf(iep);
        iss = Set.copyOf(iss);
    }

    public Set<PlanElement> required(PlanKind kind) {
        return kind == PlanKind.IEP ? iep : iss;
    }

    /**
     * Kentucky 24-003: sections A-E (LMI, industry sectors, strengths, goals and challenges,
     * stressors and challenges), which the guidance lists for the "IEP/ISS" alike; "this IEP shall
     * identify" (goals, barriers, the lacking credential when training); the five must-include items
     * of the IEP (goals, objectives, services, provider information, career pathways) and the four of
     * the ISS (program elements, career pathways, career planning, objectives and services);
     * reviewed at least every 90 days.
     */
    public static PlanPolicy kentucky() {
        Set<PlanElement> iep = EnumSet.copyOf(FEDERAL_IEP);
        iep.addAll(KENTUCKY_LMI);
        iep.addAll(EnumSet.of(
                PlanElement.INDUSTRY_SECTORS,
                PlanElement.STRENGTHS,
                PlanElement.GOALS_AND_CHALLENGES,
                PlanElement.STRESSORS_AND_CHALLENGES,
                PlanElement.BARRIERS,
                PlanElement.LACKS_MARKETABLE_CREDENTIAL,
                PlanElement.PROVIDER_INFORMATION,
                PlanElement.CAREER_PATHWAY));
        Set<PlanElement> iss = EnumSet.copyOf(FEDERAL_ISS);
        iss.addAll(KENTUCKY_LMI);
        iss.addAll(EnumSet.of(
                PlanElement.INDUSTRY_SECTORS,
                PlanElement.STRENGTHS,
                PlanElement.GOALS_AND_CHALLENGES,
                PlanElement.STRESSORS_AND_CHALLENGES,
                PlanElement.BARRIERS,
                PlanElement.CAREER_PLANNING,
                PlanElement.CAREER_PATHWAY));
        return new PlanPolicy("KY", iep, iss, 90, false);
    }

    /**
     * Georgia 3.3.1: the five basic elements (I.A employment goal, I.B training and supportive-service
     * needs in all three skill areas with every barrier, I.C schedule of activities and services, I.D
     * achievement objectives, I.E follow-up services); the IEP reflects the objective assessment; the
     * justification of the goal, the action steps and the services monitors look for; a signed copy
     * given to the participant. No review interval set.
     */
    public static PlanPolicy georgia() {
        Set<PlanElement> iep = EnumSet.copyOf(FEDERAL_IEP);
        iep.addAll(EnumSet.of(
                PlanElement.OBJECTIVE_ASSESSMENT,
                PlanElement.GOAL_JUSTIFICATION,
                PlanElement.BARRIERS,
                PlanElement.TRAINING_AND_SUPPORT_NEEDS,
                PlanElement.SERVICE_JUSTIFICATION,
                PlanElement.ACTION_STEP_JUSTIFICATION,
                PlanElement.FOLLOW_UP));
        return new PlanPolicy("GA", iep, EnumSet.copyOf(FEDERAL_ISS), null, true);
    }

    /** The federal minimum, for a state without a policy profile of its own. */
    public static PlanPolicy federal(String state, Integer reviewIntervalDays) {
        return new PlanPolicy(state, FEDERAL_IEP, FEDERAL_ISS, reviewIntervalDays, false);
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
        return new PlanPolicy(
                shipped.state(), shipped.iep(), shipped.iss(), reviewIntervalDays, shipped.signedCopyRequired());
    }
}
