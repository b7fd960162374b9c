package org.waypoint.web.wages;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.wages.EmploymentOutcomeService;
import org.waypoint.service.wages.EmploymentOutcomesView;

/** Employment and earnings in the first to fourth quarter after each of a participant's exits. */
@Path("participants/{participantId}/employment-outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class EmploymentOutcomesResource {

    @EJB
    private EmploymentOutcomeService outcomes;

    @GET
    public List<EmploymentOutcomesView> list(@PathParam("participantId") long participantId) {
        return outcomes.outcomes(participantId);
    }
}
