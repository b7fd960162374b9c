package org.waypoint.web.reference;

import jakarta.ejb.EJB;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.waypoint.persistence.reference.DeliveryMode;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.TrainingProgramInput;
import org.waypoint.service.reference.TrainingProgramView;

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

    /** A program as sent in POST and PUT; PUT also needs the versionLock you loaded. */
    public static class ProgramBody {
        public Long versionLock;
        public String stateCode;
        public String provider;
        public String program;
        public String cipCode;
        public BigDecimal cost;
        public Integer lengthWeeks;
        public String credential;
        public String outcomes;
        /** IN_PERSON, ONLINE or HYBRID. */
        public String delivery;

        public String location;
        public Boolean active;

        TrainingProgramInput toInput() {
            return new TrainingProgramInput(
                    stateCode,
                    provider,
                    program,
                    cipCode,
                    cost,
                    lengthWeeks,
                    credential,
                    outcomes,
                    delivery(),
                    location,
                    active);
        }

        private DeliveryMode delivery() {
            if (delivery == null || delivery.isBlank()) {
                return null;
            }
            try {
                return DeliveryMode.valueOf(delivery.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("delivery", "Use IN_PERSON, ONLINE or HYBRID.");
            }
        }
    }

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
    public Response add(ProgramBody body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInputException.of("program", "Send the program as JSON.");
        }
        TrainingProgramView created = reference.saveTrainingProgram(null, null, body.toInput());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public TrainingProgramView change(@PathParam("id") long id, ProgramBody body) {
        if (body == null || body.versionLock == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the program you loaded.");
        }
        return reference.saveTrainingProgram(id, body.versionLock, body.toInput());
    }
}
