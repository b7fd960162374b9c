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
import java.util.List;
import org.waypoint.service.supportive.ApprovalInput;
import org.waypoint.service.supportive.ApprovalService;
import org.waypoint.service.supportive.SupportiveServiceView;
import org.waypoint.web.api.RecordBodies;

/**
 * The LWDA admin's approvals: the supportive services of their LWDA above its limits (GET), and the
 * decision on one (POST {@code {"approve":true,"reason":"...","version":n}}).
 */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    @EJB
    private ApprovalService approvals;

    @GET
    public List<SupportiveServiceView> pending() {
        return approvals.pending();
    }

    /** Body: the fields of {@link ApprovalInput}. */
    @POST
    @Path("{id}")
    public SupportiveServiceView decide(@PathParam("id") long id, JsonObject body) {
        return approvals.decide(id, RecordBodies.read(body, ApprovalInput.class));
    }
}
