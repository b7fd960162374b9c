package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.it.TrainingIT.assertFields;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Trainees;

/**
 * Supportive services and their approval over the REST API (issue 14): within the LWDA's limit a
 * request is approved as it is recorded, above it it waits for the LWDA admin, who approves or
 * denies it with the reason the case manager then sees (20 CFR 680.910(b)); a documented need is
 * required and bad input is answered 400 naming the field with nothing saved; a second decision on
 * the same version is 409 naming the admin from the audit trail; the limits are the LWDA admin's
 * own to set, and other areas' staff reach none of it.
 */
@ExtendWith(ArquillianExtension.class)
class SupportiveServiceIT {

    /** The limit the tests set on transportation in Bluegrass (the demo sets the same). */
    private static final int TRANSPORTATION_LIMIT = 300;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("within the limit approved at once; above it pending, then approved by the LWDA admin with a reason")
    void aboveTheLimitWaitsForTheLwdaAdmin() throws Exception {
        transportationLimit();
        long participant = Trainees.enrolledAdult();

        JsonObject within = json(request(participant, "SUP-TRANSPORTATION", "250", "Bus pass to reach class"));
        assertThat(within.getString("status")).isEqualTo("APPROVED");
        assertThat(within.getString("decidedBy", null))
                .as("the limit approved it, no one had to")
                .isNull();

        JsonObject above = json(request(participant, "SUP-TRANSPORTATION", "100", "Gas card for clinical rotations"));
        assertThat(above.getString("status")).isEqualTo("PENDING");
        long id = above.getJsonNumber("id").longValue();
        assertThat(pending("admin-bluegrass"))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .contains(id);

        assertFields(
                decide(
                        id,
                        "admin-bluegrass",
                        true,
                        " ",
                        above.getJsonNumber("version").longValue()),
                "reason");
        HttpResponse<String> approved = decide(
                id,
                "admin-bluegrass",
                true,
                "Rotation site is 40 miles away",
                above.getJsonNumber("version").longValue());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(pending("admin-bluegrass"))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .doesNotContain(id);

        JsonObject seen = services(participant, "cm-bluegrass").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertThat(seen.getString("status")).isEqualTo("APPROVED");
        assertThat(seen.getString("decidedBy")).isEqualTo("Avery Brooks");
        assertThat(seen.getString("decisionReason")).isEqualTo("Rotation site is 40 miles away");

        HttpResponse<String> again = decide(
                id,
                "admin-bluegrass",
                false,
                "Changed my mind",
                above.getJsonNumber("version").longValue());
        assertThat(again.statusCode()).as("decided already").isEqualTo(409);
        assertThat(json(again).getString("detail")).contains("admin-bluegrass");
    }

    @Test
    @DisplayName("a denial keeps its reason for the case manager; only the LWDA admin decides")
    void aDenialKeepsItsReason() throws Exception {
        transportationLimit();
        long participant = Trainees.enrolledAdult();
        JsonObject above = json(request(participant, "SUP-TRANSPORTATION", "450", "Car repair"));
        assertThat(above.getString("status")).isEqualTo("PENDING");
        long id = above.getJsonNumber("id").longValue();
        long version = above.getJsonNumber("version").longValue();

        assertThat(decide(id, "cm-bluegrass", true, "I approve my own", version).statusCode())
                .isEqualTo(403);
        assertThat(decide(id, "state-admin", true, "Not my area's", version).statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/approvals", "cm-bluegrass").statusCode()).isEqualTo(403);

        HttpResponse<String> denied = decide(id, "admin-bluegrass", false, "Covered by the college's fund", version);
        assertThat(denied.statusCode()).as(denied.body()).isEqualTo(200);
        JsonObject seen = services(participant, "cm-bluegrass").getJsonObject(0);
        assertThat(seen.getString("status")).isEqualTo("DENIED");
        assertThat(seen.getString("decisionReason")).isEqualTo("Covered by the college's fund");
    }

    @Test
    @DisplayName("bad input answers 400 naming the field, with nothing saved; a documented need is required")
    void badInputIsRefused() throws Exception {
        long participant = Trainees.enrolledAdult();
        assertFields(request(participant, "SUP-CHILD-CARE", "120", "  "), "need");
        assertFields(request(participant, "SUP-CHILD-CARE", "-1", "Evening classes"), "amount");
        assertFields(request(participant, "SUP-NO-SUCH", "10", "Evening classes"), "serviceCode");
        assertFields(request(participant, "TR-ITA", "10", "Evening classes"), "serviceCode");
        assertFields(
                Api.post(
                        "/participants/" + participant + "/supportive-services",
                        "cm-bluegrass",
                        "{\"serviceCode\":\"SUP-CHILD-CARE\",\"amount\":10,\"need\":\"Evening classes\"}"),
                "providedOn");
        assertThat(services(participant, "cm-bluegrass")).as("nothing saved").isEmpty();
    }

    @Test
    @DisplayName("the LWDA admin sets the area's limits (version-checked); others read them or nothing")
    void theLimitsAreTheLwdaAdmins() throws Exception {
        long bluegrass = lwda("admin-bluegrass");
        long kentuckiana = lwda("cm-kentuckiana");
        String path = "/lwdas/" + bluegrass + "/supportive-limits";
        JsonObject limit = transportationLimit();

        assertThat(Api.get(path, "cm-bluegrass").statusCode()).isEqualTo(200);
        assertThat(Api.put(path, "cm-bluegrass", "{\"serviceCode\":\"SUP-HOUSING\",\"annualAmount\":5}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.put(
                                "/lwdas/" + kentuckiana + "/supportive-limits",
                                "admin-bluegrass",
                                "{\"serviceCode\":\"SUP-HOUSING\",\"annualAmount\":5}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/lwdas/" + bluegrass + "/supportive-limits", "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
        assertFields(
                Api.put(path, "admin-bluegrass", "{\"serviceCode\":\"SUP-HOUSING\",\"annualAmount\":-5}"),
                "annualAmount");
        assertFields(
                Api.put(path, "admin-bluegrass", "{\"serviceCode\":\"TR-ITA\",\"annualAmount\":5}"), "serviceCode");
        HttpResponse<String> stale = Api.put(
                path,
                "admin-bluegrass",
                "{\"serviceCode\":\"SUP-TRANSPORTATION\",\"annualAmount\":" + TRANSPORTATION_LIMIT + ",\"version\":"
                        + (limit.getJsonNumber("version").longValue() + 7) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("another LWDA's case manager neither sees nor requests a participant's supportive services")
    void theLwdaRule() throws Exception {
        long participant = Trainees.enrolledAdult();
        assertThat(Api.get("/participants/" + participant + "/supportive-services", "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post(
                                "/participants/" + participant + "/supportive-services",
                                "cm-kentuckiana",
                                body("SUP-CHILD-CARE", "10", "Evening classes"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post(
                                "/participants/" + participant + "/supportive-services",
                                "monitor",
                                body("SUP-CHILD-CARE", "10", "Evening classes"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(services(participant, "monitor")).isEmpty();
    }

    private static JsonObject transportationLimit() throws Exception {
        return Trainees.transportationLimit(TRANSPORTATION_LIMIT);
    }

    private static HttpResponse<String> request(long participant, String code, String amount, String need)
            throws Exception {
        return Api.post(
                "/participants/" + participant + "/supportive-services", "cm-bluegrass", body(code, amount, need));
    }

    private static String body(String code, String amount, String need) {
        return "{\"serviceCode\":\"" + code + "\",\"amount\":" + amount + ",\"providedOn\":\"" + LocalDate.now()
                + "\",\"vendor\":\"LexTran\",\"need\":\"" + need + "\"}";
    }

    private static HttpResponse<String> decide(long id, String user, boolean approve, String reason, long version)
            throws Exception {
        return Api.post(
                "/approvals/" + id,
                user,
                "{\"approve\":" + approve + ",\"reason\":\"" + reason + "\",\"version\":" + version + "}");
    }

    private static java.util.List<JsonObject> pending(String user) throws Exception {
        return array(Api.get("/approvals", user)).getValuesAs(JsonObject.class);
    }

    private static JsonArray services(long participant, String user) throws Exception {
        return array(Api.get("/participants/" + participant + "/supportive-services", user));
    }

    private static long lwda(String user) throws Exception {
        return json(Api.get("/me", user)).getJsonNumber("lwdaId").longValue();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return Trainees.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
