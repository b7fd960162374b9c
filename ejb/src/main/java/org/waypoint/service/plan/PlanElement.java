package org.waypoint.service.plan;

/**
 * An element a plan must have under a state's policy, with the sentence a monitor would write when
 * it is missing (some checks write a more precise one: see {@link MissingElement#message()}). The
 * codes are the API's ({@code GET /plans/{id}/completeness}); the order is the order a reader meets
 * them in the plan.
 */
public enum PlanElement {
    JOINTLY_DEVELOPED("The plan does not record that the participant took part in developing it (20 CFR 680.170)."),
    OBJECTIVE_ASSESSMENT("The plan does not rest on a current objective assessment (20 CFR 681.420(a); Georgia"
            + " 3.3.1: the IEP must reflect the needs the objective assessment found)."),
    EMPLOYMENT_GOAL("No employment goal: name a specific occupation or an occupational cluster."),
    GOAL_TERM("An employment goal is not marked short-term or long-term: choose its term (the signed plan prints"
            + " each goal's term; 20 CFR 680.170 and 681.420 ask for the goals and the steps toward them)."),
    GOAL_JUSTIFICATION("An employment goal has no justification; monitors look for it."),
    LABOR_MARKET_INFORMATION("No labor market information was reviewed with the participant (Kentucky section A)."),
    LMI_REVIEWED_WITH_PARTICIPANT("The LMI section is not marked as reviewed with the participant: answer yes to"
            + " \"Reviewed the current LMI?\" once you have gone over it together (Kentucky 24-003, Attachment A)."),
    LMI_FIGURES("The LMI comment lacks figures the guidance names: the average annual and hourly wages, the projected"
            + " annual openings and the projected growth % (Kentucky 24-003, Attachment A)."),
    LMI_GOAL_OCCUPATION("No occupation reviewed in the LMI section is the employment goal's occupation (Kentucky"
            + " 24-003, Attachment A: the career seeker's desired occupation)."),
    INDUSTRY_SECTORS("No industry sector the plan aligns with (Kentucky section B)."),
    STRENGTHS("The career seeker's strengths are not recorded (Kentucky section C)."),
    GOALS_AND_CHALLENGES("Goals and challenges are not recorded (Kentucky section D)."),
    STRESSORS_AND_CHALLENGES("Stressors and challenges are not recorded (Kentucky section E)."),
    BARRIERS("Barriers to employment are not identified (write \"none identified\" if there are none; Kentucky"
            + " 24-003 \"this IEP shall identify\", Georgia 3.3.1 I.B.iii)."),
    CAREER_PLANNING("Career planning is not recorded (Kentucky 24-003: an ISS must include career planning)."),
    LACKS_MARKETABLE_CREDENTIAL("Training is planned but the lack of a marketable credential for self-sufficient"
            + " employment in the local area is not documented (Kentucky 24-003)."),
    NEED_FOR_TRAINING("Training is planned but the need for training is not documented: the three findings of 20"
            + " CFR 680.210(a) (unlikely to reach self-sufficiency through career services alone, in need of"
            + " training, has the skills to succeed), each answered yes with its documentation."),
    TRAINING_AND_SUPPORT_NEEDS("Training and supportive-service needs must cover the three skill areas"
            + " (pre-employment/work maturity, basic education, occupational) and supportive services; write"
            + " \"none\" where the assessment found no need (Georgia 3.3.1 I.B)."),
    SCHEDULE_OF_SERVICES(
            "No services are scheduled, or a service lacks its type, provider, funding or planned start date."),
    SERVICE_PROGRAM_ELEMENT("A planned service does not name the youth program element it is provided under (20"
            + " CFR 681.460; Kentucky 24-003: a direct link to the 14 program elements)."),
    SERVICE_JUSTIFICATION("A planned service has no justification (Georgia 3.3.1: OWD requires the justification"
            + " of the required services)."),
    TRAINING_PLAN("Training is planned but the training program (provider, program, cost) is not recorded."),
    TRAINING_ON_ETPL("Training is planned but its program is not chosen from the state's Eligible Training Provider"
            + " List, or is no longer on it (WIOA sec. 122 and 134(c)(3)(F))."),
    TRAINING_IN_DEMAND("Training is planned but its link to employment opportunities is not shown: the goal"
            + " occupation is not on the boards' in-demand lists and no link to the local area, or to an area the"
            + " participant will commute or relocate to, is documented (20 CFR 680.210(b))."),
    OTHER_AID_CONSIDERED("Training is planned but other grant aid, such as a Pell Grant, is not recorded as"
            + " considered (20 CFR 680.230)."),
    ACHIEVEMENT_OBJECTIVES("No achievement objectives, or an objective lacks its measure or target date."),
    ACTION_STEP_JUSTIFICATION("An achievement objective (action step) has no justification (Georgia 3.3.1: OWD"
            + " requires the justification of the action steps)."),
    PROVIDER_INFORMATION("No information on eligible providers of work experience or training (Kentucky item 4)."),
    CAREER_PATHWAY("No career pathway from today to the goal occupation (Kentucky item 5)."),
    FOLLOW_UP("No follow-up plan for the 12 months after exit to employment (Georgia I.E)."),
    PROGRAM_ELEMENTS("The strategy is not linked to any of the 14 youth program elements (20 CFR 681.460)."),
    EDUCATION_GOAL("The career pathway has no education goal (20 CFR 681.420)."),
    FOLLOW_UP_STRATEGY("No follow-up strategy for at least 12 months after exit (20 CFR 681.580)."),
    RECENT_STRATEGY("The recent service strategy used instead of a new ISS lacks its program, source, date, the"
            + " determination that it is appropriate, or the attached copy (20 CFR 681.420)."),
    RECENT_STRATEGY_AGE("The service strategy used instead of a new ISS is not recent by the state's limit (20 CFR"
            + " 681.420(a)(4)).");

    private final String message;

    PlanElement(String message) {
        this.message = message;
    }

    /** What a monitor would write when the element is missing. */
    public String message() {
        return message;
    }
}
