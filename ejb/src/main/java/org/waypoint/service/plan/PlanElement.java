package org.waypoint.service.plan;

/**
 * An element a plan must have under a state's policy, with the sentence a monitor would write when
 * it is missing. The codes are the API's ({@code GET /plans/{id}/completeness}).
 */
public enum PlanElement {
    JOINTLY_DEVELOPED("The plan does not record that the participant took part in developing it (20 CFR 680.170)."),
    EMPLOYMENT_GOAL("No employment goal: name a specific occupation or an occupational cluster."),
    GOAL_JUSTIFICATION("An employment goal has no justification; monitors look for it."),
    LABOR_MARKET_INFORMATION("No labor market information was reviewed with the participant (Kentucky section A)."),
    INDUSTRY_SECTORS("No industry sector the plan aligns with (Kentucky section B)."),
    STRENGTHS("The career seeker's strengths are not recorded (Kentucky section C)."),
    GOALS_AND_CHALLENGES("Goals and challenges are not recorded (Kentucky section D)."),
    STRESSORS_AND_CHALLENGES("Stressors and challenges are not recorded (Kentucky section E)."),
    BARRIERS("Barriers to employment are not identified (write \"none identified\" if there are none)."),
    NEED_FOR_TRAINING("Training is planned but the need for training is not documented: lack of a marketable"
            + " credential and the three findings of 20 CFR 680.210(a), each with its documentation."),
    TRAINING_AND_SUPPORT_NEEDS("Training and supportive-service needs are not described (pre-employment, basic"
            + " education and occupational skills; supportive services)."),
    SCHEDULE_OF_SERVICES(
            "No services are scheduled, or a service lacks its type, provider, funding or planned" + " start date."),
    TRAINING_PLAN("Training is planned but the training program (provider, program, cost) is not recorded."),
    ACHIEVEMENT_OBJECTIVES("No achievement objectives, or an objective lacks its measure or target date."),
    PROVIDER_INFORMATION("No information on eligible providers of work experience or training (Kentucky item 4)."),
    CAREER_PATHWAY("No career pathway from today to the goal occupation (Kentucky item 5)."),
    FOLLOW_UP("No follow-up plan for the 12 months after exit to employment (Georgia I.E)."),
    PROGRAM_ELEMENTS("The strategy is not linked to any of the 14 youth program elements (20 CFR 681.460)."),
    EDUCATION_GOAL("The career pathway has no education goal (20 CFR 681.420)."),
    FOLLOW_UP_STRATEGY("No follow-up strategy for at least 12 months after exit (20 CFR 681.580)."),
    RECENT_STRATEGY("The recent service strategy used instead of a new ISS lacks its program, source, date, the"
            + " determination that it is appropriate, or the attached copy (20 CFR 681.420).");

    private final String message;

    PlanElement(String message) {
        this.message = message;
    }

    /** What a monitor would write when the element is missing. */
    public String message() {
        return message;
    }
}
