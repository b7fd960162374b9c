package org.waypoint.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.followup.FollowUpRules;
import org.waypoint.service.followup.FollowUpService;
import org.waypoint.service.followup.FollowUpView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The Follow-up tab of participants/view.xhtml: each follow-up period after exit with its four
 * quarters (due dates and where each stands today) and its contacts, and the way to the contact page.
 */
@Named
@ViewScoped
public class ParticipantFollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpService followUps;

    @Inject
    private ParticipantPageView page;

    private List<FollowUpView> periods;

    /** Why the period closed, in the page's language (a reason staff typed stays as typed). */
    public String closeReason(FollowUpView period) {
        return Pages.text(FollowUpRules.closeReasonText(period.closeReason()));
    }

    public List<FollowUpView> getPeriods() {
        if (periods == null && page.getParticipant() != null) {
            periods = followUps.followUps(page.getId());
        }
        return periods == null ? List.of() : periods;
    }
}
