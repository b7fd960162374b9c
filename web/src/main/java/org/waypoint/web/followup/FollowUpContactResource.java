package org.waypoint.web.followup;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.followup.FollowUpService;
import org.waypoint.service.followup.FollowUpView;
import org.waypoint.web.api.VoidRequest;

/**
 * {@code POST follow-up-contacts/{id}/void}: voids a follow-up contact recorded in error, body
 * {@code {"reason": "...", "version": <the period's version>}} (version optional); answers the
 * period as it now stands. Contacts are never deleted.
 */
@Path("follow-up-contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpContactResource {

    @EJB
    private FollowUpService followUps;

    @POST
    @Path("{id}/void")
    public FollowUpView voidContact(@PathParam("id") long id, JsonObject body) {
        VoidRequest request = VoidRequest.read(body);
        return followUps.voidContact(id, request.reason(), request.version());
    }
}
