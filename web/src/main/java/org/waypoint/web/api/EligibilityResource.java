package org.waypoint.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.eligibility.EligibilityResult;
import org.waypoint.service.eligibility.EligibilityService;

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

    @POST
    @Path("evaluate")
    public Map<String, Object> evaluate(EligibilityBody body) {
        if (body == null) {
            throw InvalidInputException.of("program", "Send the program and the facts as JSON.");
        }
        EligibilityResult result = eligibility.evaluate(body.program(), body.facts(), body.state);
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
