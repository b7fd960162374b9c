package org.waypoint.web.supportive;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.supportive.SupportiveLimitInput;
import org.waypoint.service.supportive.SupportiveLimitService;
import org.waypoint.service.supportive.SupportiveLimitView;
import org.waypoint.web.api.RecordBodies;

/**
 * An LWDA's supportive-service limits per participant and program year: read by its staff, set by
 * its admin one at a time (PUT {@code {"serviceCode":"SUP-TRANSPORTATION","annualAmount":300}}; no
 * code for the limit on all supportive services; {@code "annualAmount":null} removes one; a change
 * sends the {@code version} loaded). PUT answers the LWDA's limits as they now are.
 */
@Path("lwdas/{lwdaId}/supportive-limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportiveLimitResource {

    @EJB
    private SupportiveLimitService limits;

    @GET
    public List<SupportiveLimitView> list(@PathParam("lwdaId") long lwdaId) {
        return limits.limits(lwdaId);
    }

    /** Body: the fields of {@link SupportiveLimitInput}. */
    @PUT
    public List<SupportiveLimitView> save(@PathParam("lwdaId") long lwdaId, JsonObject body) {
        return limits.save(lwdaId, RecordBodies.read(body, SupportiveLimitInput.class));
    }
}
