package org.waypoint.web.eligibility;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.waypoint.service.eligibility.DeterminationView;
import org.waypoint.service.eligibility.EligibilityService;

/** A participant's eligibility determinations: the history, and a new one with its sources. */
@Path("participants/{participantId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeterminationResource {

    @EJB
    private EligibilityService eligibility;

    @GET
    public List<DeterminationView> determinations(@PathParam("participantId") long id) {
        return eligibility.determinations(id);
    }

    /** Body: as POST /eligibility/evaluate, plus {@code sources} (fact name to source type). */
    @POST
    public Response determine(@PathParam("participantId") long id, JsonObject body) {
        EligibilityRequest.require(body);
        DeterminationView saved = eligibility.determine(
                id, EligibilityRequest.program(body), EligibilityRequest.facts(body), EligibilityRequest.sources(body));
        return Response.status(201).entity(saved).build();
    }
}
