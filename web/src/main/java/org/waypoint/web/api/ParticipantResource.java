package org.waypoint.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;

/**
 * Participants of the caller's LWDA. A record of another LWDA answers 403; a correction sent with
 * an old {@code version} answers 409 and names who changed the record.
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    @EJB
    private ParticipantService participants;

    /** The request body of POST and PUT: dates as ISO strings (YYYY-MM-DD). */
    public static class ParticipantBody {
        public String firstName;
        public String lastName;
        public String dateOfBirth;
        public Long lwdaId;
        public Long version;

        ParticipantInput toInput() {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate born = null;
            if (dateOfBirth == null || dateOfBirth.isBlank()) {
                errors.put("dateOfBirth", "Enter the date of birth.");
            } else {
                try {
                    born = LocalDate.parse(dateOfBirth.trim());
                } catch (DateTimeParseException e) {
                    errors.put("dateOfBirth", "Use the form YYYY-MM-DD.");
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new ParticipantInput(firstName, lastName, born, lwdaId, version);
        }
    }

    @GET
    public List<ParticipantView> page(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return participants.page(Math.max(first, 0), Math.max(1, Math.min(max, 200)));
    }

    @GET
    @Path("{id}")
    public ParticipantView find(@PathParam("id") long id) {
        return participants.find(id);
    }

    @POST
    public Response register(ParticipantBody body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the participant as JSON.");
        }
        ParticipantView created = participants.register(body.toInput());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public ParticipantView correct(@PathParam("id") long id, ParticipantBody body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the participant as JSON.");
        }
        if (body.version == null) {
            throw InvalidInputException.of("version", "Send the version you loaded, for conflict detection.");
        }
        return participants.correct(id, body.toInput());
    }
}
