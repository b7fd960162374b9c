package org.waypoint.service.plan;

import org.waypoint.service.common.Text;

/**
 * An element a plan must have under a state's policy, with the sentence a monitor would write when
 * it is missing (some checks write a more precise one: see {@link MissingElement#text()}). The
 * codes are the API's ({@code GET /plans/{id}/completeness}); the order is the order a reader meets
 * them in the plan. The sentences are the texts {@code plan.element.<code>} (issue 19).
 */
public enum PlanElement {
    JOINTLY_DEVELOPED,
    OBJECTIVE_ASSESSMENT,
    EMPLOYMENT_GOAL,
    GOAL_TERM,
    GOAL_JUSTIFICATION,
    LABOR_MARKET_INFORMATION,
    LMI_REVIEWED_WITH_PARTICIPANT,
    LMI_FIGURES,
    LMI_GOAL_OCCUPATION,
    INDUSTRY_SECTORS,
    STRENGTHS,
    GOALS_AND_CHALLENGES,
    STRESSORS_AND_CHALLENGES,
    BARRIERS,
    CAREER_PLANNING,
    LACKS_MARKETABLE_CREDENTIAL,
    NEED_FOR_TRAINING,
    TRAINING_AND_SUPPORT_NEEDS,
    SCHEDULE_OF_SERVICES,
    SERVICE_PROGRAM_ELEMENT,
    SERVICE_JUSTIFICATION,
    TRAINING_PLAN,
    TRAINING_ON_ETPL,
    TRAINING_IN_DEMAND,
    OTHER_AID_CONSIDERED,
    ACHIEVEMENT_OBJECTIVES,
    ACTION_STEP_JUSTIFICATION,
    PROVIDER_INFORMATION,
    CAREER_PATHWAY,
    FOLLOW_UP,
    PROGRAM_ELEMENTS,
    EDUCATION_GOAL,
    FOLLOW_UP_STRATEGY,
    RECENT_STRATEGY,
    RECENT_STRATEGY_AGE;

    /** What a monitor would write when the element is missing, in the reader's language. */
    public Text text() {
        return Text.of("plan.element." + name());
    }

    /** What a monitor would write when the element is missing, in English. */
    public String message() {
        return text().english();
    }
}
