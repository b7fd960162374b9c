package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.TrainingProgramInput;
import org.waypoint.service.reference.TrainingProgramView;
import org.waypoint.web.api.RecordBodies;

/**
 * The state's Eligible Training Provider List: {@code ?state=KY&q=nurs} searches the active programs
 * by provider, program or CIP code (without state, the caller's own). State admins add (POST) and
 * change or deactivate ({@code PUT} with {@code "active": false}) programs.
 */
@Path("reference/training-programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingProgramResource {

    @EJB
    private PlanReferenceService reference;

    @GET
    public List<TrainingProgramView> search(@QueryParam("state") String state, @QueryParam("q") String query) {
        return reference.trainingPrograms(state, query);
    }

    @GET
    @Path("{id}")
    public TrainingProgramView find(@PathParam("id") long id) {
        return reference.trainingProgram(id);
    }

    @POST
    /** Body: the fields of {@link TrainingProgramInput}; {@code delivery} is IN_PERSON, ONLINE or HYBRID. */
    public Response add(JsonObject body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInputException.of("program", "Send the program as JSON.");
        }
        TrainingProgramView created =
                reference.saveTrainingProgram(null, null, RecordBodies.read(body, TrainingProgramInput.class));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    /** Body: as POST, plus the {@code versionLock} of the program you loaded. */
    public TrainingProgramView change(@PathParam("id") long id, JsonObject body) {
        return reference.saveTrainingProgram(
                id, RecordBodies.versionLock(body, "program"), RecordBodies.read(body, TrainingProgramInput.class));
    }
}
