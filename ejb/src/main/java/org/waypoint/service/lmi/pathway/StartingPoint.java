package org.waypoint.service.lmi.pathway;

import java.io.Serializable;
import org.waypoint.service.common.Text;

/**
 * Where a career pathway starts: the occupation the career seeker holds or held, or only the Job
 * Zone their education and assessment say they can work in now ({@link StartingJobZone}).
 *
 * @param soc null when the start is a Job Zone only
 * @param jobZone 1 to 5; null when the occupation has none in O*NET (then the rule starts at 1)
 * @param explanation why the pathway starts there, in the reader's language
 */
public record StartingPoint(String soc, String title, Integer jobZone, Text explanation) implements Serializable {

    public static StartingPoint occupation(String soc, String title, Integer jobZone) {
        return new StartingPoint(soc, title, jobZone, Text.of("lmi.pathway.start.occupation", title, soc));
    }

    public static StartingPoint jobZone(int jobZone, Text explanation) {
        return new StartingPoint(null, null, jobZone, explanation);
    }

    /** The lowest Job Zone the pathway's stepping stones may have. */
    int floor() {
        return jobZone == null ? 1 : jobZone;
    }
}
