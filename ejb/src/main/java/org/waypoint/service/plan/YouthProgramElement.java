package org.waypoint.service.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 14 youth program elements of 20 CFR 681.460(a), by the number the regulation gives them. An
 * ISS stores only the numbers ({@link PlanContent.YouthStrategy#programElements()}); the printed
 * plan, the version history and the pages show number and name, so that a monitor checking the
 * "direct link to one or more of the 14 program elements" (Kentucky 24-003) need not look them up.
 */
public enum YouthProgramElement {
    TUTORING(1, "Tutoring, study skills and dropout prevention"),
    ALTERNATIVE_SECONDARY_SCHOOL(2, "Alternative secondary school and dropout recovery"),
    WORK_EXPERIENCE(3, "Paid and unpaid work experience"),
    OCCUPATIONAL_SKILL_TRAINING(4, "Occupational skill training"),
    CONCURRENT_EDUCATION(5, "Education offered concurrently with workforce preparation"),
    LEADERSHIP_DEVELOPMENT(6, "Leadership development"),
    SUPPORTIVE_SERVICES(7, "Supportive services"),
    ADULT_MENTORING(8, "Adult mentoring"),
    FOLLOW_UP_SERVICES(9, "Follow-up services"),
    GUIDANCE_AND_COUNSELING(10, "Comprehensive guidance and counseling"),
    FINANCIAL_LITERACY(11, "Financial literacy education"),
    ENTREPRENEURIAL_SKILLS(12, "Entrepreneurial skills training"),
    LABOR_MARKET_INFORMATION(13, "Labor market and employment information about in-demand sectors"),
    POSTSECONDARY_TRANSITION(14, "Preparation for and transition to postsecondary education and training");

    private final int number;
    private final String label;

    YouthProgramElement(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The number in 681.460(a), 1 to 14. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** E.g. "3. Paid and unpaid work experience". */
    public String numberedLabel() {
        return number + ". " + label;
    }

    /** The element with this number; empty for a number that is not one of the 14. */
    public static Optional<YouthProgramElement> of(Integer number) {
        return number == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(e -> e.number == number).findFirst();
    }
}
