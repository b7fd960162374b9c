package org.waypoint.web.services;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.waypoint.service.services.ServicePeriodView;
import org.waypoint.service.services.ServiceRecordInput;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.services.ServiceRecordView;
import org.waypoint.web.api.RecordBodies;

/**
 * A participant's services: listed newest first, voided ones included ({@code voidedAt} and
 * {@code voidReason} set), and recorded (POST the fields of {@link ServiceRecordInput}; the answer's
 * Location is the service under {@code /services/{id}}). {@code /enrollments} answers each
 * enrollment's exit status and the dates its services drive.
 */
@Path("participants/{participantId}/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantServicesResource {

    @EJB
    private ServiceRecordService services;

    @GET
    public List<ServiceRecordView> list(@PathParam("participantId") long participantId) {
        return services.services(participantId);
    }

    /** The participant's enrollments: exit status, participation date and last service for exit. */
    @GET
    @Path("enrollments")
    public List<ServicePeriodView> periods(@PathParam("participantId") long participantId) {
        return services.periods(participantId);
    }

    @POST
    public Response record(@PathParam("participantId") long participantId, JsonObject body, @Context UriInfo uri) {
        ServiceRecordView created = services.record(participantId, RecordBodies.read(body, ServiceRecordInput.class));
        return Response.created(uri.getBaseUriBuilder()
                        .path("services")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
