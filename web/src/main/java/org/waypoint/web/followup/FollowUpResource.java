package org.waypoint.web.followup;

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
import org.waypoint.service.followup.FollowUpCloseInput;
import org.waypoint.service.followup.FollowUpContactInput;
import org.waypoint.service.followup.FollowUpService;
import org.waypoint.service.followup.FollowUpView;
import org.waypoint.web.api.RecordBodies;

/**
 * A follow-up period after exit: {@code GET follow-ups/{id}}; {@code POST follow-ups/{id}/contacts}
 * records a contact (the fields of {@link FollowUpContactInput}, with the period's {@code version};
 * answers 201 with the period as it now stands); {@code POST follow-ups/{id}/close} closes it
 * ({@code status} UNREACHABLE or DECLINED, {@code reason}, {@code version}). A contact is voided
 * through {@link FollowUpContactResource}. A refused value answers 400 naming the field, a stale version 409.
 */
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @EJB
    private FollowUpService followUps;

    @GET
    @Path("{id}")
    public FollowUpView find(@PathParam("id") long id) {
        return followUps.followUp(id);
    }

    @POST
    @Path("{id}/contacts")
    public Response recordContact(@PathParam("id") long id, JsonObject body) {
        FollowUpView period = followUps.recordContact(id, RecordBodies.read(body, FollowUpContactInput.class));
        return Response.status(201).entity(period).build();
    }

    @POST
    @Path("{id}/close")
    public FollowUpView close(@PathParam("id") long id, JsonObject body) {
        return followUps.close(id, RecordBodies.read(body, FollowUpCloseInput.class));
    }
}
