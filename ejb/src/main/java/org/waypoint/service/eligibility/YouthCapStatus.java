package org.waypoint.service.eligibility;

import java.io.Serializable;

/**
 * A local area's two youth 5% caps in one program year, as counted at enrollment: the low-income
 * exception over all youth enrolled (20 CFR 681.250(c)) and "requires additional assistance" over
 * in-school youth enrolled (681.310(b)). Each cap says whether one more youth under it would stay
 * within 5% of the youth enrolled with them, and warns when the area is over the cap, at it (one
 * more would exceed it) or near it (the one after would). The caps hold for the program year as a
 * whole, so they warn and never refuse.
 */
public record YouthCapStatus(
        String lwdaName,
        int programYear,
        int youthEnrolled,
        int lowIncomeExceptions,
        int inSchoolEnrolled,
        int inSchoolAdditionalAssistance)
        implements Serializable {

    /** Whether {@code used + more} of {@code enrolled + more} stays within 5%. */
    static boolean within(int used, int enrolled, int more) {
        return (used + more) * 20 <= enrolled + more;
    }

    public boolean lowIncomeExceptionRoom() {
        return within(lowIncomeExceptions, youthEnrolled, 1);
    }

    public boolean additionalAssistanceRoom() {
        return within(inSchoolAdditionalAssistance, inSchoolEnrolled, 1);
    }

    /** The warning for the low-income exception cap, or null when well within it. */
    public String lowIncomeExceptionWarning() {
        return warning("The 5% low-income exception (20 CFR 681.250(c))", lowIncomeExceptions, youthEnrolled, "youth");
    }

    /** The warning for the in-school "requires additional assistance" cap, or null when well within it. */
    public String additionalAssistanceWarning() {
        return warning(
                "The 5% of in-school youth eligible by requiring additional assistance (20 CFR 681.310(b))",
                inSchoolAdditionalAssistance, inSchoolEnrolled, "in-school youth");
    }

    private String warning(String cap, int used, int enrolled, String whom) {
        String counts = " in " + lwdaName + ", program year " + programYear + "-" + (programYear + 1 - 2000) + ": "
                + used + " of " + enrolled + " " + whom + " enrolled";
        if (!within(used, enrolled, 0)) {
            return cap + " is exceeded" + counts + "; the area must be back within 5% of the year's " + whom
                    + " by June 30, so enroll no more under it until more " + whom + " are enrolled.";
        }
        if (!within(used, enrolled, 1)) {
            return cap + " is reached" + counts + "; one more would exceed 5% until more " + whom + " are enrolled.";
        }
        if (!within(used, enrolled, 2)) {
            return cap + " is near" + counts + "; this would be the last one under it for now.";
        }
        return null;
    }

    /** The program year (July 1 to June 30) a day falls in, named by the year it starts. */
    public static int programYearOf(java.time.LocalDate day) {
        return day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
    }
}
