package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * The career pathway through the API on the real server with the shipped O*NET 29.2 data: the
 * goal last, no stepping stone that needs as much preparation as the goal or more, each step with
 * its preparation, wage and openings in the area; the start from an occupation or a participant's
 * education; bad input a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class LmiPathwayApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void dentalAssistantsFromJobZoneOneClimbAndNeverPassTheGoalsZone() throws Exception {
        JsonObject pathway = ok(Api.get("/lmi/pathway?to=31-9091&area=KY-bluegrass", "cm-bluegrass"));

        List<JsonObject> steps = steps(pathway);
        JsonObject goal = steps.get(steps.size() - 1);
        assertThat(goal.getString("soc")).isEqualTo("31-9091");
        assertThat(goal.getBoolean("goal")).isTrue();
        assertThat(goal.getInt("jobZone")).isEqualTo(3);
        assertThat(goal.getString("jobZoneName")).isEqualTo("Job Zone Three: Medium Preparation Needed");
        assertThat(goal.getString("typicalEducation")).isEqualTo("Postsecondary nondegree award");
        assertThat(goal.getInt("medianAnnualWage")).isEqualTo(38758);
        assertThat(goal.getInt("annualOpenings")).isEqualTo(127);
        assertThat(steps.subList(0, steps.size() - 1)).allSatisfy(step -> {
            assertThat(step.getInt("jobZone")).isBetween(2, 2);
            assertThat(step.getBoolean("goal")).isFalse();
            assertThat(step.getString("explanation")).contains("O*NET relates them");
        });
        assertThat(steps).hasSize(2);
        assertThat(pathway.getJsonObject("start").getInt("jobZone")).isEqualTo(1);
        assertThat(pathway.getJsonObject("start").get("soc")).isEqualTo(JsonValue.NULL);
        assertThat(pathway.getJsonObject("area").getString("name")).isEqualTo("Bluegrass LWA");
        assertThat(pathway.getString("attribution")).contains("O*NET", "CC BY 4.0");
    }

    @Test
    void registeredNursesFromNursingAssistantsGoThroughPracticalNursing() throws Exception {
        JsonObject pathway = ok(Api.get("/lmi/pathway?from=311131&to=29-1141&area=KY", "monitor"));

        assertThat(steps(pathway)).extracting(step -> step.getString("soc")).containsExactly("29-2061", "29-1141");
        assertThat(pathway.getJsonObject("start").getString("soc")).isEqualTo("31-1131");
        assertThat(pathway.getJsonObject("start").getString("explanation"))
                .isEqualTo("Starts from Nursing Assistants (31-1131).");
        assertThat(steps(pathway).get(0).getString("tier")).isEqualTo("Primary-Short");
    }

    @Test
    void aParticipantsEducationGivesTheStart() throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Path\",\"lastName\":\"Finder" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1995-03-02\",\"educationLevel\":\"SECONDARY_DIPLOMA\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();

        JsonObject pathway = ok(Api.get("/lmi/pathway?to=31-9091&area=KY-bluegrass&participant=" + id, "cm-bluegrass"));

        assertThat(pathway.getJsonObject("start").getInt("jobZone")).isEqualTo(2);
        assertThat(pathway.getJsonObject("start").getString("explanation"))
                .isEqualTo("Starts at Job Zone 2: the highest education on file is a high school diploma.");
        assertThat(steps(pathway))
                .as("a diploma is enough to train for the goal: no stepping stone in zone 2 climbs")
                .extracting(step -> step.getString("soc"))
                .containsExactly("31-9091");
        assertThat(Api.get("/lmi/pathway?to=31-9091&area=KY&participant=" + id, "cm-kentuckiana")
                        .statusCode())
                .as("another LWDA's participant")
                .isEqualTo(403);
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(fieldErrors(Api.get("/lmi/pathway?area=KY", "cm-bluegrass"))).containsKey("to");
        assertThat(fieldErrors(Api.get("/lmi/pathway?to=31-90&area=KY", "cm-bluegrass")))
                .containsEntry("to", "\"31-90\" is not a SOC code: use the form 31-9091.");
        assertThat(fieldErrors(Api.get("/lmi/pathway?to=99-9999&area=KY", "cm-bluegrass")))
                .containsEntry("to", "No occupation has the SOC code 99-9999.");
        assertThat(fieldErrors(Api.get("/lmi/pathway?to=31-9091", "cm-bluegrass")))
                .containsKey("area");
        assertThat(fieldErrors(Api.get("/lmi/pathway?to=31-9091&area=KY-nowhere", "cm-bluegrass")))
                .containsKey("area");
        assertThat(fieldErrors(Api.get("/lmi/pathway?from=nurse&to=31-9091&area=KY", "cm-bluegrass")))
                .containsKey("from");
        assertThat(fieldErrors(Api.get("/lmi/pathway?to=31-9091&area=KY&participant=x", "cm-bluegrass")))
                .containsKey("participant");
    }

    @Test
    void aGoalWithoutO_netDataIsTheOnlyStep() throws Exception {
        // Buyers and Purchasing Agents (13-1020): a KYSTATS group O*NET does not describe
        JsonObject pathway = ok(Api.get("/lmi/pathway?to=13-1020&area=KY", "cm-bluegrass"));

        List<JsonObject> steps = steps(pathway);
        assertThat(steps).extracting(step -> step.getString("soc")).containsExactly("13-1020");
        assertThat(steps.get(0).get("jobZone")).isEqualTo(JsonValue.NULL);
        assertThat(steps.get(0).getString("explanation")).isEqualTo("The employment goal.");
    }

    private static List<JsonObject> steps(JsonObject pathway) {
        return pathway.getJsonArray("steps").getValuesAs(JsonObject.class);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        json(response)
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
        return errors;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
