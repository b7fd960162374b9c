package org.waypoint.web.assessment;

import jakarta.ejb.EJB;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.assessment.AssessmentService;
import org.waypoint.service.assessment.AssessmentViews.AssessmentSummary;
import org.waypoint.service.assessment.AssessmentViews.NarrativeInput;
import org.waypoint.service.assessment.AssessmentViews.TestInput;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.web.api.Codes;
import org.waypoint.web.api.MapBodies;

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

    /** Body: {@code instrument} (TABE, CASAS), {@code subject} (READING, MATH, LANGUAGE), {@code scaleScore}, {@code functioningLevel} (1-6), {@code testDate}. */
    @POST
    @Path("tests")
    public Response recordTest(@PathParam("participantId") long id, Map<String, Object> body) {
        Map<String, String> errors = new LinkedHashMap<>();
        TestInstrument instrument =
                Codes.code(errors, "instrument", MapBodies.string(body, "instrument"), TestInstrument.class);
        TestSubject subject = Codes.code(errors, "subject", MapBodies.string(body, "subject"), TestSubject.class);
        LocalDate tested = MapBodies.date(errors, "testDate", MapBodies.string(body, "testDate"));
        Integer score = MapBodies.integer(errors, body, "scaleScore");
        Integer level = MapBodies.integer(errors, body, "functioningLevel");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(201)
                .entity(assessments.recordTest(id, new TestInput(instrument, subject, score, level, tested)))
                .build();
    }

    /** Body: the narrative fields of the assessment and the {@code version} loaded (absent the first time). */
    @PUT
    public AssessmentSummary saveAssessment(@PathParam("participantId") long id, Map<String, Object> body) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate assessedOn = MapBodies.date(errors, "assessedOn", MapBodies.string(body, "assessedOn"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Object version = body.get("version");
        return assessments.saveNarrative(
                id,
                new NarrativeInput(
                        assessedOn,
                        MapBodies.string(body, "interests"),
                        MapBodies.string(body, "aptitudes"),
                        MapBodies.string(body, "workHistory"),
                        MapBodies.string(body, "transferableSkills"),
                        MapBodies.string(body, "strengths"),
                        MapBodies.string(body, "stressorsAndChallenges"),
                        MapBodies.string(body, "supportiveServiceNeeds"),
                        MapBodies.string(body, "developmentalNeeds"),
                        version instanceof Number n ? n.longValue() : null));
    }
}
