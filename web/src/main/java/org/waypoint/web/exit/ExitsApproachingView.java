package org.waypoint.web.exit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.exit.ApproachingExit;
import org.waypoint.service.exit.ExitApproachingService;

/**
 * exits/approaching.xhtml: the open enrollments the 90-day rule (20 CFR 677.150(c)) will exit soon,
 * for a case manager or LWDA admin their own area's, for state staff all, soonest first; each row
 * opens the participant, where staff record a service, a planned gap or the exit.
 */
@Named
@ViewScoped
public class ExitsApproachingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExitApproachingService approaching;

    private List<ApproachingExit> rows;

    public List<ApproachingExit> getRows() {
        if (rows == null) {
            rows = approaching.approaching();
        }
        return rows;
    }

    public int getFromDays() {
        return ExitApproachingService.FROM_DAYS;
    }
}
