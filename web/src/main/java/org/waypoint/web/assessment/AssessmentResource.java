package org.waypoint.web.assessment;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.waypoint.service.assessment.AssessmentService;
import org.waypoint.service.assessment.AssessmentViews.AssessmentSummary;
import org.waypoint.service.assessment.AssessmentViews.NarrativeInput;
import org.waypoint.service.assessment.AssessmentViews.TestCorrection;
import org.waypoint.service.assessment.AssessmentViews.TestInput;
import org.waypoint.web.api.RecordBodies;
import org.waypoint.web.api.VoidRequest;

/** A participant's objective assessment: the narrative and the basic-skills tests. */
@Path("participants/{participantId}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @EJB
    private AssessmentService assessments;

    @GET
    public AssessmentSummary assessment(@PathParam("participantId") long id) {
        return assessments.summary(id, LocalDate.now());
    }

    /** Body: {@code instrument} (TABE, CASAS), {@code subject} (READING, MATH, LANGUAGE), {@code scaleScore}, {@code functioningLevel} (1-6, the NRS level the score stands for), {@code testDate}. */
    @POST
    @Path("tests")
    public Response recordTest(@PathParam("participantId") long id, JsonObject body) {
        return Response.status(201)
                .entity(assessments.recordTest(id, RecordBodies.read(body, TestInput.class)))
                .build();
    }

    /**
     * Corrects a test typed wrong. Body: the test's fields as they should read, {@code reason} and the
     * {@code version} loaded (a stale one answers 409).
     */
    @PUT
    @Path("tests/{testId}")
    public AssessmentSummary correctTest(
            @PathParam("participantId") long id, @PathParam("testId") long testId, JsonObject body) {
        JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return assessments.correctTest(id, testId, RecordBodies.read(given, TestCorrection.class));
    }

    /** Voids a test recorded in error: {@code {"reason": ..., "version": ...}}; it stays, and no longer counts. */
    @POST
    @Path("tests/{testId}/void")
    public AssessmentSummary voidTest(
            @PathParam("participantId") long id, @PathParam("testId") long testId, JsonObject body) {
        VoidRequest request = VoidRequest.read(body);
        return assessments.voidTest(id, testId, request.reason(), request.version());
    }

    /** Body: the narrative fields of the assessment and the {@code version} loaded (absent the first time). */
    @PUT
    public AssessmentSummary saveAssessment(@PathParam("participantId") long id, JsonObject body) {
        return assessments.saveNarrative(id, RecordBodies.read(body, NarrativeInput.class));
    }
}
