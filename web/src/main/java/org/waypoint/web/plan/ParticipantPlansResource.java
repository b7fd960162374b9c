package org.waypoint.web.plan;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.web.api.JsonScalars;

/** A participant's plans: listed newest first, and started ({@code {"kind":"IEP"}} or ISS). */
@Path("participants/{participantId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantPlansResource {

    @EJB
    private PlanService plans;

    @GET
    public List<PlanView> list(@PathParam("participantId") long participantId) {
        return plans.plans(participantId);
    }

    /** Starts a plan: {@code {"kind":"IEP"}} or {@code {"kind":"ISS"}}. */
    @POST
    public Response create(@PathParam("participantId") long participantId, JsonObject body) {
        Map<String, String> errors = new LinkedHashMap<>();
        PlanKind planKind = body == null ? null : JsonScalars.code(errors, "kind", body.get("kind"), PlanKind.class);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(201)
                .entity(plans.create(participantId, planKind))
                .build();
    }
}
