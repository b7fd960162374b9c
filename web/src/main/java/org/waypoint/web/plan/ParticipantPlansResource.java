package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;

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
    public Response create(@PathParam("participantId") long participantId, Map<String, String> body) {
        String kind = body == null ? null : body.get("kind");
        PlanKind planKind;
        try {
            planKind = kind == null ? null : PlanKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "\"" + kind + "\" is neither IEP nor ISS.");
        }
        return Response.status(201)
                .entity(plans.create(participantId, planKind))
                .build();
    }
}
