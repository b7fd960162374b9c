package org.waypoint.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.MissingElement;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.service.plan.SignatureInput;

/**
 * One plan (IEP or ISS) at {@code /plans/{id}}: read and change it, its completeness, versions,
 * signatures and reviews. A participant's plans are listed and started at {@code
 * /participants/{id}/plans} ({@link ParticipantPlansResource}).
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @EJB
    private PlanService plans;

    /** The body of PUT /plans/{id}. */
    public static class ChangeBody {
        public Long versionLock;
        public PlanContent content;
    }

    /** The body of POST /plans/{id}/signatures. */
    public static class SignBody {
        public Long versionLock;
        public SignatureInput participant;
        public SignatureInput staff;
    }

    /** The body of POST /plans/{id}/reviews. */
    public static class ReviewBody {
        public String reviewedOn;
        public String progress;
        public String changes;
    }

    @GET
    @Path("{planId}")
    public PlanView find(@PathParam("planId") long planId) {
        return plans.find(planId);
    }

    /** Saves the plan; on a signed version this opens the next one. Send the versionLock you loaded. */
    @PUT
    @Path("{planId}")
    public PlanView change(@PathParam("planId") long planId, ChangeBody body) {
        if (body == null || body.versionLock == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the plan you loaded.");
        }
        return plans.save(planId, body.versionLock, body.content);
    }

    /** {@code complete} and the {@code missing} element codes with their messages. */
    @GET
    @Path("{planId}/completeness")
    public Map<String, Object> completeness(@PathParam("planId") long planId) {
        List<MissingElement> missing = plans.completeness(planId);
        return Map.of(
                "complete", missing.isEmpty(),
                "missing",
                        missing.stream()
                                .map(m -> Map.of("code", m.element().name(), "message", m.message()))
                                .toList());
    }

    @GET
    @Path("{planId}/versions")
    public List<PlanView.VersionSummary> versions(@PathParam("planId") long planId) {
        return plans.find(planId).versions();
    }

    @GET
    @Path("{planId}/versions/{number}")
    public PlanContent version(@PathParam("planId") long planId, @PathParam("number") int number) {
        return plans.version(planId, number);
    }

    @POST
    @Path("{planId}/signatures")
    public PlanView sign(@PathParam("planId") long planId, SignBody body) {
        if (body == null || body.versionLock == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the plan you loaded.");
        }
        return plans.sign(planId, body.versionLock, body.participant, body.staff);
    }

    @POST
    @Path("{planId}/reviews")
    public Response review(@PathParam("planId") long planId, ReviewBody body) {
        if (body == null) {
            throw InvalidInputException.of("progress", "Send the review as JSON.");
        }
        LocalDate reviewedOn;
        try {
            reviewedOn = body.reviewedOn == null ? null : LocalDate.parse(body.reviewedOn.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("reviewedOn", "Use the form YYYY-MM-DD.");
        }
        return Response.status(201)
                .entity(plans.review(planId, reviewedOn, body.progress, body.changes))
                .build();
    }
}
