package org.waypoint.web.followup;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.followup.FollowUpService;
import org.waypoint.service.followup.FollowUpView;

/** {@code GET participants/{id}/follow-ups}: the participant's follow-up periods, latest exit first. */
@Path("participants/{participantId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantFollowUpResource {

    @EJB
    private FollowUpService followUps;

    @GET
    public List<FollowUpView> list(@PathParam("participantId") long participantId) {
        return followUps.followUps(participantId);
    }
}
