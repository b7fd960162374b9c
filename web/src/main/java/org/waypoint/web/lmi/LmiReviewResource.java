package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.waypoint.service.lmi.LmiReviewInput;
import org.waypoint.service.lmi.LmiReviewService;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.web.api.RecordBodies;

/**
 * A participant's LMI reviews (the plan's LMI section) at /participants/{id}/lmi-reviews: the
 * figures are saved with the review and never change with later imports.
 */
@Path("participants/{participantId}/lmi-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LmiReviewResource {

    @EJB
    private LmiReviewService reviews;

    @GET
    public List<LmiReviewView> list(@PathParam("participantId") long participantId) {
        return reviews.reviews(participantId);
    }

    @GET
    @Path("{reviewId}")
    public LmiReviewView find(@PathParam("participantId") long participantId, @PathParam("reviewId") long reviewId) {
        return reviews.find(participantId, reviewId);
    }

    @POST
    public Response create(@PathParam("participantId") long participantId, JsonObject body) {
        LmiReviewView saved = reviews.save(participantId, null, RecordBodies.read(body, LmiReviewInput.class));
        return Response.status(201).entity(saved).build();
    }

    @PUT
    @Path("{reviewId}")
    public LmiReviewView update(
            @PathParam("participantId") long participantId, @PathParam("reviewId") long reviewId, JsonObject body) {
        return reviews.save(participantId, reviewId, RecordBodies.read(body, LmiReviewInput.class));
    }
}
