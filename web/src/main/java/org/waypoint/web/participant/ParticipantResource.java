package org.waypoint.web.participant;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.assessment.AssessmentService;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.eligibility.EligibilityService;
import org.waypoint.service.participant.CaseNoteInput;
import org.waypoint.service.participant.CaseNoteService;
import org.waypoint.service.participant.CaseNoteView;
import org.waypoint.service.participant.EnrollmentInput;
import org.waypoint.service.participant.EnrollmentView;
import org.waypoint.service.participant.EntryCharacteristicsService;
import org.waypoint.service.participant.EntryCorrectionInput;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantSearch;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.api.Codes;
import org.waypoint.web.api.Paging;
import org.waypoint.web.api.RecordBodies;

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

    @EJB
    private CaseNoteService notes;

    @EJB
    private EntryCharacteristicsService entryCharacteristics;

    @EJB
    private EligibilityService eligibility;

    @EJB
    private AssessmentService assessments;

    /**
     * Search: {@code q} (name prefix), {@code number}, {@code last4}, {@code lwdaId}, {@code officeId},
     * {@code caseManager} (user name), {@code program}, {@code status}
     * (ACTIVE, EXITED, ANY), paged by {@code first}/{@code max}; the total is in X-Total-Count, or
     * X-Total-Count-More-Than: 1000 when more than 1,000 match.
     */
    @GET
    public Response search(
            @QueryParam("q") String name,
            @QueryParam("number") String number,
            @QueryParam("last4") String last4,
            @QueryParam("lwdaId") Long lwdaId,
            @QueryParam("officeId") Long officeId,
            @QueryParam("caseManager") String caseManager,
            @QueryParam("program") String program,
            @QueryParam("status") @DefaultValue("ANY") String status,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        Map<String, String> errors = new LinkedHashMap<>();
        ParticipantSearch search = new ParticipantSearch(
                name,
                number,
                last4,
                lwdaId,
                officeId,
                caseManager,
                Codes.code(errors, "program", program, Program.class),
                Codes.code(errors, "status", status, ParticipantSearch.Status.class),
                name == null ? ParticipantSearch.Sort.REGISTERED : ParticipantSearch.Sort.NAME,
                name != null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ParticipantService.SearchPage page = participants.searchPage(search, Paging.first(first), Paging.max(max, 200));
        // Exact up to 1,000 matches; beyond, X-Total-Count-More-Than says so without counting them all.
        return Response.ok(page.rows())
                .header(
                        page.total().more() ? "X-Total-Count-More-Than" : "X-Total-Count",
                        page.total().count())
                .build();
    }

    @GET
    @Path("{id}")
    public ParticipantView find(@PathParam("id") long id) {
        return participants.find(id);
    }

    @POST
    public Response register(
            JsonObject body,
            @QueryParam("confirmDifferentPerson") @DefaultValue("false") boolean confirmed,
            @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the participant as JSON.");
        }
        ParticipantView created = participants.register(RecordBodies.read(body, ParticipantInput.class), confirmed);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public ParticipantView correct(@PathParam("id") long id, JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the participant as JSON.");
        }
        ParticipantInput input = RecordBodies.read(body, ParticipantInput.class);
        if (input.version() == null) {
            throw InvalidInputException.of("version", "Send the version you loaded, for conflict detection.");
        }
        return participants.correct(id, input);
    }

    /** The full SSN, for roles allowed to see it; every call is audited. POST, so no cache keeps it. */
    @POST
    @Path("{id}/ssn")
    public Map<String, String> revealSsn(@PathParam("id") long id) {
        return Map.of("ssn", participants.revealSsn(id));
    }

    @GET
    @Path("{id}/enrollments")
    public List<EnrollmentView> enrollments(@PathParam("id") long id) {
        return participants.enrollments(id);
    }

    /** Body: {@code program}, {@code entryDate} (YYYY-MM-DD), optional {@code officeId}. */
    @POST
    @Path("{id}/enrollments")
    public Response enroll(@PathParam("id") long id, JsonObject body) {
        EnrollmentView created = participants.enroll(id, RecordBodies.read(body, EnrollmentInput.class));
        return Response.status(201).entity(created).build();
    }

    /**
     * Corrects an enrollment's characteristics at entry (frozen at enrollment for federal reporting):
     * {@code employmentStatus}, {@code educationLevel}, {@code schoolStatus}, {@code barriers},
     * {@code publicAssistance}, the {@code reason} and the {@code version} read. Audited as a correction.
     */
    @PUT
    @Path("{id}/enrollments/{enrollmentId}/entry-characteristics")
    public EnrollmentView correctEntry(
            @PathParam("id") long id, @PathParam("enrollmentId") long enrollmentId, JsonObject body) {
        return entryCharacteristics.correct(id, enrollmentId, RecordBodies.read(body, EntryCorrectionInput.class));
    }

    @GET
    @Path("{id}/notes")
    public List<CaseNoteView> notes(@PathParam("id") long id, @QueryParam("q") String words) {
        return notes.notes(id, words);
    }

    /**
     * Body: {@code contactDate} (YYYY-MM-DD), {@code category}, {@code text}, optional {@code
     * correctsId}, and {@code planId} with {@code planVersion} for a note about a plan version.
     */
    @POST
    @Path("{id}/notes")
    public Response writeNote(@PathParam("id") long id, JsonObject body) {
        CaseNoteView note = notes.write(id, RecordBodies.read(body, CaseNoteInput.class));
        return Response.status(201).entity(note).build();
    }
}
