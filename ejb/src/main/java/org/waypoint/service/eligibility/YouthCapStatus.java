package org.waypoint.service.eligibility;

import java.io.Serializable;
import org.waypoint.service.common.Text;

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
        return english(lowIncomeExceptionWarningText());
    }

    /** The same warning in either language. */
    public Text lowIncomeExceptionWarningText() {
        return warning("lowIncomeException", lowIncomeExceptions, youthEnrolled);
    }

    /** The warning for the in-school "requires additional assistance" cap, or null when well within it. */
    public String additionalAssistanceWarning() {
        return english(additionalAssistanceWarningText());
    }

    /** The same warning in either language. */
    public Text additionalAssistanceWarningText() {
        return warning("additionalAssistance", inSchoolAdditionalAssistance, inSchoolEnrolled);
    }

    private static String english(Text text) {
        return text == null ? null : text.english();
    }

    private Text warning(String cap, int used, int enrolled) {
        String year = programYear + "-" + (programYear + 1 - 2000);
        String state;
        if (!within(used, enrolled, 0)) {
            state = "exceeded";
        } else if (!within(used, enrolled, 1)) {
            state = "reached";
        } else if (!within(used, enrolled, 2)) {
            state = "near";
        } else {
            return null;
        }
        return Text.of(
                "eligibility.cap." + state,
                Text.of("eligibility.cap." + cap),
                lwdaName,
                year,
                used,
                enrolled,
                Text.of("eligibility.cap." + cap + ".whom"));
    }

    /** The program year (July 1 to June 30) a day falls in, named by the year it starts. */
    public static int programYearOf(java.time.LocalDate day) {
        return day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
    }
}
