package org.waypoint.service.lmi.imports;

/**
 * O*NET's 12 categories of required level of education (element 2.D.1, scale "RL"): the share of
 * incumbents or occupational experts who say a new hire needs each level.
 *
 * <p>Source of the numbers and labels: O*NET database, "Education, Training, and Experience
 * Categories" (Element ID 2.D.1, Scale ID RL, Category 1-12), USDOL/ETA, CC BY 4.0. {@link
 * #label()} is O*NET's category description word for word; {@link #shortLabel()} is its first part,
 * for pages with little room.
 */
public enum RequiredEducation {
    LESS_THAN_HIGH_SCHOOL(1, "Less than a High School Diploma", "Less than a High School Diploma"),
    HIGH_SCHOOL(2, "High School Diploma - or the equivalent (for example, GED)", "High School Diploma or equivalent"),
    POST_SECONDARY_CERTIFICATE(
            3,
            "Post-Secondary Certificate - awarded for training completed after high school (for example, in"
                    + " agriculture or natural resources, computer services, personal or culinary services,"
                    + " engineering technologies, healthcare, construction trades, mechanic and repair"
                    + " technologies, or precision production)",
            "Post-Secondary Certificate"),
    SOME_COLLEGE(4, "Some College Courses", "Some College Courses"),
    ASSOCIATES_DEGREE(5, "Associate's Degree (or other 2-year degree)", "Associate's Degree"),
    BACHELORS_DEGREE(6, "Bachelor's Degree", "Bachelor's Degree"),
    POST_BACCALAUREATE_CERTIFICATE(
            7,
            "Post-Baccalaureate Certificate - awarded for completion of an organized program of study; designed for"
                    + " people who have completed a Baccalaureate degree but do not meet the requirements of"
                    + " academic degrees carrying the title of Master.",
            "Post-Baccalaureate Certificate"),
    MASTERS_DEGREE(8, "Master's Degree", "Master's Degree"),
    POST_MASTERS_CERTIFICATE(
            9,
            "Post-Master's Certificate - awarded for completion of an organized program of study; designed for"
                    + " people who have completed a Master's degree but do not meet the requirements of academic"
                    + " degrees at the doctoral level.",
            "Post-Master's Certificate"),
    FIRST_PROFESSIONAL_DEGREE(
            10,
            "First Professional Degree - awarded for completion of a program that: requires at least 2 years of"
                    + " college work before entrance into the program, includes a total of at least 6 academic"
                    + " years of work to complete, and provides all remaining academic requirements to begin"
                    + " practice in a profession.",
            "First Professional Degree"),
    DOCTORAL_DEGREE(11, "Doctoral Degree", "Doctoral Degree"),
    POST_DOCTORAL_TRAINING(12, "Post-Doctoral Training", "Post-Doctoral Training");

    private final int category;
    private final String label;
    private final String shortLabel;

    RequiredEducation(int category, String label, String shortLabel) {
        this.category = category;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** O*NET's category number, 1-12. */
    public int category() {
        return category;
    }

    /** O*NET's category description. */
    public String label() {
        return label;
    }

    /** The description without its explanation, e.g. "Post-Secondary Certificate". */
    public String shortLabel() {
        return shortLabel;
    }

    /**
     * @throws IllegalArgumentException for a number outside 1-12
     */
    public static RequiredEducation ofCategory(int category) {
        if (category < 1 || category > values().length) {
            throw new IllegalArgumentException(category + " is not an O*NET required-education category (1-12)");
        }
        return values()[category - 1];
    }
}
