package org.waypoint.service.reporting.pirl;

import java.io.Serializable;
import org.waypoint.service.common.Text;

/**
 * One finding of the checks before release: which participant (id for the link to fix it, number
 * as the file shows it), which element, which WIPS edit-check family and what is wrong.
 */
public record PirlError(long participantId, String participantNumber, String element, Family family, String message)
        implements Serializable {

    /** The finding in the page's language (issue 19); {@code message} stays the English that was stored. */
    public Text messageText() {
        return PirlTexts.read(message);
    }

    /** The three families of the DOL WIPS edit checks. */
    public enum Family {
        /** Type, length and code set of one element (a file with one is not submittable). */
        VALID_VALUE,
        /** The same individual and period of participation twice. */
        DUPLICATE,
        /** Elements that contradict each other. */
        LOGICAL
    }

    /**
     * The participant page's tab where the element's source is corrected ({@code ?tab=}): the record
     * (identity, equal opportunity, veteran), the enrollments (entry characteristics, entry and exit),
     * the services (service dates, training), the follow-up (youth placement) or the outcomes.
     */
    public String fixTab() {
        int n;
        try {
            n = Integer.parseInt(element.replaceAll("-.*", ""));
        } catch (NumberFormatException e) {
            return "record";
        }
        if (n >= 400 && n <= 923 && n != 401 && n != 407) {
            return "enrollments";
        }
        if (n >= 1000 && n <= 1503) {
            return "services";
        }
        if (n >= 1600 && n <= 1811) {
            return "outcomes";
        }
        if (n == 1900 || n == 1901) {
            return "followUp";
        }
        return "record";
    }

    /** The page that fixes it, under the application's root: participants/view.xhtml?id=..&tab=... */
    public String fixPath() {
        return "participants/view.xhtml?id=" + participantId + "&tab=" + fixTab();
    }
}
