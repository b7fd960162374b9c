package org.waypoint.web.outcomes;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.outcomes.SkillGainService;
import org.waypoint.service.outcomes.SkillGainView;
import org.waypoint.web.api.VoidRequest;

/**
 * One measurable skill gain: read it, or void it with {@code {"reason": ..., "version": ...}} (never deleted; a
 * stale version answers 409 naming who saved first).
 */
@Path("skill-gains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkillGainResource {

    @EJB
    private SkillGainService skillGains;

    @GET
    @Path("{id}")
    public SkillGainView find(@PathParam("id") long id) {
        return skillGains.skillGain(id);
    }

    @POST
    @Path("{id}/void")
    public SkillGainView voidSkillGain(@PathParam("id") long id, JsonObject body) {
        VoidRequest request = VoidRequest.read(body);
        return skillGains.voidSkillGain(id, request.reason(), request.version());
    }
}
