package org.waypoint.web.training;

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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.waypoint.service.training.TrainingInput;
import org.waypoint.service.training.TrainingService;
import org.waypoint.service.training.TrainingView;
import org.waypoint.web.api.RecordBodies;

/** A participant's trainings: listed newest first with their ITA payments, and recorded (POST). */
@Path("participants/{participantId}/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantTrainingResource {

    @EJB
    private TrainingService trainings;

    @GET
    public List<TrainingView> list(@PathParam("participantId") long participantId) {
        return trainings.trainings(participantId);
    }

    /** Body: the fields of {@link TrainingInput}. */
    @POST
    public Response add(@PathParam("participantId") long participantId, JsonObject body) {
        TrainingView created = trainings.add(participantId, RecordBodies.read(body, TrainingInput.class));
        return Response.created(UriBuilder.fromResource(TrainingResource.class)
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
