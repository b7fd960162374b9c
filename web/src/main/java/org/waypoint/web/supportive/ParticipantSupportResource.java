package org.waypoint.web.supportive;

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
import org.waypoint.service.supportive.SupportiveService;
import org.waypoint.service.supportive.SupportiveServiceInput;
import org.waypoint.service.supportive.SupportiveServiceView;
import org.waypoint.web.api.RecordBodies;

/**
 * A participant's supportive services with where each approval stands, and a new one (POST):
 * approved at once within the LWDA's limits, else pending its admin.
 */
@Path("participants/{participantId}/supportive-services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantSupportResource {

    @EJB
    private SupportiveService supportive;

    @GET
    public List<SupportiveServiceView> list(@PathParam("participantId") long participantId) {
        return supportive.services(participantId);
    }

    /** Body: the fields of {@link SupportiveServiceInput}. */
    @POST
    public Response request(@PathParam("participantId") long participantId, JsonObject body) {
        SupportiveServiceView created =
                supportive.request(participantId, RecordBodies.read(body, SupportiveServiceInput.class));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
