package org.waypoint.tools.participant;

import java.util.List;
import org.waypoint.service.plan.ServiceType;

/**
 * What synthetic plans schedule and aim at: the activities of an IEP's and an ISS's schedule of
 * services and their achievement objectives, in the few words a case manager would write. {job}
 * stands for the goal occupation as staff say it ("welder"), {a job} for it with its article. No
 * activity is TRAINING: a scheduled training service calls for a program of the Eligible Training
 * Provider List and the need-for-training findings, which synthetic plans do not make up.
 */
final class SyntheticPlanActivities {

    /**
     * An activity of the schedule; {@code element} the youth program element (20 CFR 681.460(a)) for
     * an ISS row, {@code maxCost} the most it may cost, 0 for an activity without a planned cost.
     */
    record ServiceWords(ServiceType type, Integer element, String description, String justification, int maxCost) {}

    /** An achievement objective with its measure, due {@code fromDays} to {@code toDays} after the plan. */
    record ObjectiveWords(String benchmark, String measure, String justification, int fromDays, int toDays) {}

    static final List<ServiceWords> IEP_SERVICES = List.of(
            iep(ServiceType.INDIVIDUALIZED_CAREER, "Individual career counseling", "Plan the steps to {a job} job.", 0),
            iep(
                    ServiceType.INDIVIDUALIZED_CAREER,
                    "Comprehensive skills assessment",
                    "Find the skills still needed.",
                    0),
            iep(ServiceType.INDIVIDUALIZED_CAREER, "Workplace readiness workshop", "Work habits employers expect.", 0),
            iep(
                    ServiceType.INDIVIDUALIZED_CAREER,
                    "Work experience, local employer",
                    "Recent experience as {a job}.",
                    0),
            iep(ServiceType.BASIC_CAREER, "Job search and placement help", "Employers hiring {job}s.", 0),
            iep(ServiceType.BASIC_CAREER, "Labor market information", "Wages and openings for {job}s.", 0),
            iep(ServiceType.SUPPORTIVE, "Transportation (gas cards)", "No reliable car.", 400),
            iep(ServiceType.SUPPORTIVE, "Work attire and tools", "Boots and tools for the first job.", 300),
            iep(ServiceType.SUPPORTIVE, "Child care", "Cannot attend without child care.", 1200),
            iep(ServiceType.SUPPORTIVE, "Certification exam fee", "The exam fee is a barrier.", 250),
            iep(ServiceType.FOLLOW_UP, "Follow-up after employment", "Retention in the first year.", 0));

    static final List<ServiceWords> ISS_SERVICES = List.of(
            iss(1, "Tutoring and study skills", "Grades below what graduation needs.", 0),
            iss(2, "GED classes (dropout recovery)", "Left school without a diploma.", 0),
            iss(3, "Paid work experience", "Little or no work history.", 2400),
            iss(5, "Workforce preparation with classes", "Links classes to {job} skills.", 0),
            iss(6, "Youth council and community service", "Confidence and teamwork.", 0),
            iss(7, "Transportation to activities", "No reliable ride to activities.", 300),
            iss(8, "Adult mentoring", "No working adult to ask about work.", 0),
            new ServiceWords(ServiceType.FOLLOW_UP, 9, "Follow-up for 12 months", "Stay in school or at work.", 0),
            iss(10, "Guidance and counseling", "Stress at home affects school.", 0),
            iss(11, "Financial literacy workshop", "Has never had a budget.", 0),
            iss(13, "Labor market information", "Compare {job} with other careers.", 0),
            iss(14, "Postsecondary transition help", "Plans to enroll at the college.", 0));

    static final List<ObjectiveWords> IEP_OBJECTIVES = List.of(
            new ObjectiveWords("Complete a resume", "Resume on file", "Every application asks for one.", 14, 45),
            new ObjectiveWords("Finish the readiness workshop", "Certificate", "Prepares for interviews.", 21, 60),
            new ObjectiveWords(
                    "Enroll in {job} training", "Enrollment letter", "The goal needs a credential.", 30, 120),
            new ObjectiveWords("Earn the {job} credential", "Copy of credential", "Required for hire.", 90, 365),
            new ObjectiveWords(
                    "Apply for ten {job} openings", "Job search log", "Applications lead to interviews.", 30, 150),
            new ObjectiveWords("Get hired as {a job}", "Offer letter or pay stub", "The goal of this plan.", 120, 365),
            new ObjectiveWords("Keep the job 90 days", "Pay stubs", "First step to the long-term goal.", 180, 420));

    static final List<ObjectiveWords> ISS_OBJECTIVES = List.of(
            new ObjectiveWords(
                    "Earn a diploma or GED", "Diploma or transcript", "Needed for most {job} jobs.", 90, 365),
            new ObjectiveWords("Complete the work experience", "Supervisor evaluation", "A work history.", 60, 180),
            new ObjectiveWords("Gain one educational level", "Post-test results", "A measurable skill gain.", 90, 300),
            new ObjectiveWords(
                    "Attend four mentoring sessions", "Mentor's log", "Contact with a working adult.", 30, 120),
            new ObjectiveWords("Keep a monthly budget", "Budget reviewed", "Ready to manage a paycheck.", 30, 90),
            new ObjectiveWords("Apply to a {job} program", "Acceptance letter", "Next step of the pathway.", 120, 365));

    /** Partners that deliver an activity instead of the career center. */
    static final List<String> PARTNERS =
            List.of("Community and technical college", "Adult education center", "Community action agency");

    /** What pays for an activity that WIOA does not pay for. */
    static final List<String> FUNDING_SOURCES =
            List.of("Pell Grant", "SNAP Employment and Training", "Community action agency", "Employer-paid");

    private SyntheticPlanActivities() {}

    /** The career center that delivers most activities, by the state's name for it. */
    static String careerCenter(String state) {
        return switch (state == null ? "" : state) {
            case "KY" -> "Kentucky Career Center";
            case "GA" -> "WorkSource Georgia";
            default -> "American Job Center";
        };
    }

    private static ServiceWords iep(ServiceType type, String description, String justification, int maxCost) {
        return new ServiceWords(type, null, description, justification, maxCost);
    }

    /** A youth program element's activity: its coded kind is YOUTH_ELEMENT (ServiceType.of). */
    private static ServiceWords iss(int element, String description, String justification, int maxCost) {
        return new ServiceWords(ServiceType.YOUTH_ELEMENT, element, description, justification, maxCost);
    }
}
