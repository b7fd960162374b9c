package org.waypoint.web.eligibility;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.eligibility.EligibilityResult;
import org.waypoint.service.eligibility.EligibilityService;
import org.waypoint.service.eligibility.EligibilityService.ScheduleView;
import org.waypoint.service.eligibility.LlsilScheduleService;
import org.waypoint.service.eligibility.LlsilScheduleService.LlsilTable;
import org.waypoint.service.eligibility.YouthCapService;
import org.waypoint.service.eligibility.YouthCapStatus;
import org.waypoint.web.api.JsonScalars;
import org.waypoint.web.api.RecordBodies;

/**
 * WIOA eligibility: {@code POST /eligibility/evaluate} evaluates facts without saving anything
 * (pre-screening by other systems). A participant's saved determinations are under
 * {@code /participants/{id}/eligibility} (ParticipantResource).
 */
@Path("eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @EJB
    private EligibilityService eligibility;

    @EJB
    private YouthCapService caps;

    @EJB
    private LlsilScheduleService llsil;

    @GET
    @Path("income-schedules")
    public List<ScheduleView> schedules(@QueryParam("state") @DefaultValue("KY") String state) {
        return eligibility.incomeSchedules(state.toUpperCase());
    }

    /** A state admin adds a year's low-income schedule (HHS guidelines and 70% LLSIL by family size). */
    @POST
    @Path("income-schedules")
    public Response addSchedule(JsonObject body) {
        ScheduleView saved = eligibility.addIncomeSchedule(RecordBodies.read(body, ScheduleView.class));
        return Response.status(201).entity(saved).build();
    }

    @POST
    @Path("evaluate")
    public Map<String, Object> evaluate(JsonObject body) {
        EligibilityRequest.require(body);
        EligibilityResult result = eligibility.evaluate(
                EligibilityRequest.program(body), EligibilityRequest.facts(body), EligibilityRequest.state(body));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("program", result.program().name());
        answer.put("asOf", result.asOf().toString());
        answer.put("outcome", result.outcome().name());
        answer.put("eligible", result.eligible());
        answer.put("criteria", result.criteria());
        answer.put("conditions", result.conditions().stream().map(Enum::name).toList());
        if (result.priorityGroup() != null) {
            answer.put("priorityOfServiceGroup", result.priorityGroup().number());
            answer.put("priorityOfServiceDescription", result.priorityGroup().description());
        }
        return answer;
    }

    /** The two youth 5% caps of a local area in the program year of {@code date} (default today). */
    @GET
    @Path("youth-caps/{lwdaId}")
    public Map<String, Object> youthCaps(@PathParam("lwdaId") long lwdaId, @QueryParam("date") String date) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate given = JsonScalars.date(errors, "date", date);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate day = given == null ? LocalDate.now() : given;
        YouthCapStatus status = caps.status(lwdaId, day);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("lwdaName", status.lwdaName());
        answer.put("programYear", status.programYear());
        answer.put("youthEnrolled", status.youthEnrolled());
        answer.put("lowIncomeExceptions", status.lowIncomeExceptions());
        answer.put("inSchoolEnrolled", status.inSchoolEnrolled());
        answer.put("inSchoolAdditionalAssistance", status.inSchoolAdditionalAssistance());
        if (status.lowIncomeExceptionWarning() != null) {
            answer.put("lowIncomeExceptionWarning", status.lowIncomeExceptionWarning());
        }
        if (status.additionalAssistanceWarning() != null) {
            answer.put("additionalAssistanceWarning", status.additionalAssistanceWarning());
        }
        return answer;
    }

    @GET
    @Path("llsil-schedules")
    public List<LlsilTable> llsilSchedules(@QueryParam("state") @DefaultValue("KY") String state) {
        return llsil.tables(state.toUpperCase());
    }

    /** A state admin enters a region's 70% LLSIL table from DOL's notice (WIOA sec. 3(36)(A)(ii)). */
    @POST
    @Path("llsil-schedules")
    public Response addLlsilSchedule(JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("stateCode", "Send the table as JSON.");
        }
        LlsilTable input = RecordBodies.read(body, LlsilTable.class);
        LlsilTable saved = llsil.add(new LlsilTable(
                input.stateCode() == null ? null : input.stateCode().toUpperCase(),
                input.region(),
                input.effectiveDate(),
                input.llsil70Percent(),
                input.llsil70PercentIncrement(),
                input.source()));
        return Response.status(201).entity(saved).build();
    }
}
