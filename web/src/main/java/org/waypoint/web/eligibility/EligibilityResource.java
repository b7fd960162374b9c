package org.waypoint.web.eligibility;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.eligibility.EligibilityResult;
import org.waypoint.service.eligibility.EligibilityService;
import org.waypoint.service.eligibility.EligibilityService.ScheduleView;
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
        answer.put("eligible", result.eligible());
        answer.put("criteria", result.criteria());
        if (result.priorityGroup() != null) {
            answer.put("priorityOfServiceGroup", result.priorityGroup().number());
            answer.put("priorityOfServiceDescription", result.priorityGroup().description());
        }
        return answer;
    }
}
