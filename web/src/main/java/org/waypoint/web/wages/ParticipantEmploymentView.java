package org.waypoint.web.wages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.wages.EmploymentOutcomeService;
import org.waypoint.service.wages.EmploymentOutcomesView;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The Outcomes tab's "Employment after exit" (WEB-INF/includes/participant-employment-outcomes.xhtml):
 * per exited enrollment, the first to fourth quarter after exit with employment, its source,
 * earnings and employers. Read once per view.
 */
@Named
@ViewScoped
public class ParticipantEmploymentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EmploymentOutcomeService outcomes;

    @Inject
    private ParticipantPageView page;

    private List<EmploymentOutcomesView> exits;

    public List<EmploymentOutcomesView> getExits() {
        if (exits == null) {
            exits = page.getId() == null ? List.of() : outcomes.outcomes(page.getId());
        }
        return exits;
    }
}
