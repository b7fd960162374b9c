package org.waypoint.web.exit;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.waypoint.service.exit.EnrollmentExitInput;
import org.waypoint.service.exit.ExitService;
import org.waypoint.service.exit.ServiceGapInput;
import org.waypoint.service.exit.ServiceGapService;
import org.waypoint.service.exit.ServiceGapView;
import org.waypoint.service.participant.EnrollmentView;
import org.waypoint.web.api.RecordBodies;

/**
 * An enrollment's exit and planned gaps in service. {@code POST {id}/exit} records an exit: body
 * {@code exitDate} (empty: the last day of service), {@code exclusion} (PIRL 923, optional), {@code
 * note} (why) and the enrollment's {@code version}; it answers every enrollment exited (with the
 * state's common exit, the participant's other open programs too). {@code POST {id}/gaps} records a
 * planned gap ({@code from}, {@code to}, {@code reason}); {@code DELETE {id}/gaps/{gapId}?version=}
 * removes one recorded by mistake.
 */
@Path("enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentExitResource {

    @EJB
    private ExitService exits;

    @EJB
    private ServiceGapService gaps;

    @POST
    @Path("{id}/exit")
    public List<EnrollmentView> exit(@PathParam("id") long id, JsonObject body) {
        return exits.exit(id, RecordBodies.read(body, EnrollmentExitInput.class));
    }

    @GET
    @Path("{id}/gaps")
    public List<ServiceGapView> gaps(@PathParam("id") long id) {
        return gaps.enrollmentGaps(id);
    }

    @POST
    @Path("{id}/gaps")
    public Response recordGap(@PathParam("id") long id, JsonObject body) {
        ServiceGapView gap = gaps.record(id, RecordBodies.read(body, ServiceGapInput.class));
        return Response.status(201).entity(gap).build();
    }

    @DELETE
    @Path("{id}/gaps/{gapId}")
    public Response removeGap(
            @PathParam("id") long id, @PathParam("gapId") long gapId, @QueryParam("version") Long version) {
        gaps.remove(id, gapId, version);
        return Response.noContent().build();
    }
}
