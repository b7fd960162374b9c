package org.waypoint.service.lmi.pathway;

import java.io.Serializable;
import org.waypoint.service.common.Text;

/**
 * One step of a career pathway with what it takes and what it pays in the area.
 *
 * @param jobZone O*NET's Job Zone, 1 to 5; null when O*NET gives none (possible for the goal only)
 * @param typicalEducation the BLS category KYSTATS publishes; null outside Kentucky
 * @param onetRequiredEducation the level most O*NET respondents name; null without a survey
 * @param tier how closely O*NET relates this step to the next one (for the goal: to the step
 *     before); null when nothing relates them
 * @param goal true for the last step, the plan's employment goal
 * @param explanation why the step is on the path
 */
public record CareerStep(
        String soc,
        String title,
        Integer jobZone,
        String typicalEducation,
        String onetRequiredEducation,
        Integer medianAnnualWage,
        Integer annualOpenings,
        String tier,
        boolean goal,
        Text explanation)
        implements Serializable {

    /** "Job Zone Three: Medium Preparation Needed", O*NET's name; null without a Job Zone. */
    public Text jobZoneName() {
        return jobZone == null ? null : Text.of("lmi.jobZone." + jobZone);
    }
}
