package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * The IEP through the API on the real server: who may have one, the completeness check in a
 * monitor's words, signing that freezes a version, the next version on a change, reviews, two staff
 * saving the same draft, and LWDA isolation.
 */
@ExtendWith(ArquillianExtension.class)
class PlanApiIT {

    private static final String COMPLETE_KENTUCKY_IEP =
            """
            {"participantTookPart":true,
             "goals":[{"term":"LONG","soc":"31-9091","occupation":"Dental Assistants",
                       "justification":"Grows 9.2% in Bluegrass; worked the front desk of a clinic"}],
             "lmiReviewId":LMI,
             "industrySectors":["Healthcare"],
             "strengths":"Reliable; bilingual",
             "goalsAndChallenges":"A full-time job with benefits within a year",
             "stressorsAndChallenges":"Evening child care",
             "barriers":["single parent"],
             "services":[{"type":"INDIVIDUALIZED_CAREER","description":"Career counseling","provider":"Lexington KCC",
                          "wioaFunded":true,"plannedStart":"2026-12-01","status":"planned"}],
             "objectives":[{"benchmark":"Complete a resume","measure":"Resume reviewed by staff",
                            "targetDate":"2027-01-15","status":"PLANNED"}],
             "careerPathway":["Dental receptionist","Dental assistant"],
             "providerInformation":"ETPL dental assisting programs: BCTC, Galen College",
             "followUpPlan":"Monthly contact for 12 months"}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anIepNeedsAnEnrollmentAndAnEligibleDetermination() throws Exception {
        long id = register();
        HttpResponse<String> notEnrolled =
                Api.post("/participants/" + id + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}");
        assertThat(notEnrolled.statusCode()).isEqualTo(400);
        assertThat(json(notEnrolled).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("Adult, Dislocated Worker or Wagner-Peyser");

        enroll(id, "ADULT");
        HttpResponse<String> undetermined =
                Api.post("/participants/" + id + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}");
        assertThat(undetermined.statusCode()).isEqualTo(400);
        assertThat(json(undetermined).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("determine eligibility first");
        assertThat(array(Api.get("/participants/" + id + "/plans", "cm-bluegrass")))
                .as("nothing saved")
                .isEmpty();
    }

    @Test
    void fillSignChangeReviewTheIepFromDraftToSecondVersion() throws Exception {
        long participant = eligibleAdult();
        JsonObject plan =
                json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
        long planId = plan.getJsonNumber("id").longValue();
        assertThat(plan.getInt("versionNumber")).isEqualTo(1);
        assertThat(plan.getString("state")).isEqualTo("KY");
        assertThat(codes(Api.get("/plans/" + planId + "/completeness", "cm-bluegrass")))
                .contains("JOINTLY_DEVELOPED", "EMPLOYMENT_GOAL", "LABOR_MARKET_INFORMATION", "INDUSTRY_SECTORS");

        HttpResponse<String> early =
                sign(planId, plan.getJsonNumber("versionLock").longValue());
        assertThat(early.statusCode()).as("an incomplete plan cannot be signed").isEqualTo(400);
        assertThat(early.body()).contains("completeness");

        HttpResponse<String> foreignLmi = Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":"
                        + COMPLETE_KENTUCKY_IEP.replace("LMI", "-1") + "}");
        assertThat(foreignLmi.statusCode()).as("an LMI review of nobody").isEqualTo(400);
        long lmi = json(Api.post(
                        "/participants/" + participant + "/lmi-reviews",
                        "cm-bluegrass",
                        "{\"areaId\":\"KY-bluegrass\",\"socs\":[\"31-9091\"],\"reviewedWithParticipant\":true,"
                                + "\"marketableSkills\":true,\"currentMarket\":true}"))
                .getJsonNumber("id")
                .longValue();
        String complete = COMPLETE_KENTUCKY_IEP.replace("LMI", String.valueOf(lmi));
        JsonObject filled = json(Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":" + complete + "}"));
        JsonObject completeness = json(Api.get("/plans/" + planId + "/completeness", "cm-bluegrass"));
        assertThat(completeness.getBoolean("complete"))
                .as(completeness.toString())
                .isTrue();

        HttpResponse<String> signed =
                sign(planId, filled.getJsonNumber("versionLock").longValue());
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        JsonObject signedPlan = json(signed);
        assertThat(signedPlan.getBoolean("signed")).isTrue();
        assertThat(signedPlan.getJsonArray("signatures").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("role") + ":" + s.getString("name") + ":" + s.getString("method"))
                .containsExactlyInAnyOrder("PARTICIPANT:Renee Planner:TYPED", "STAFF:Casey Morgan:DRAWN");
        assertThat(signedPlan.getString("reviewDue"))
                .isEqualTo(LocalDate.now().plusDays(90).toString());

        JsonObject changed = json(Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":"
                        + signedPlan.getJsonNumber("versionLock") + ",\"content\":"
                        + complete.replace("Complete a resume", "Complete a resume and two applications") + "}"));
        assertThat(changed.getInt("versionNumber"))
                .as("a change after signing opens version 2")
                .isEqualTo(2);
        assertThat(changed.getBoolean("signed")).isFalse();
        assertThat(json(Api.get("/plans/" + planId + "/versions/1", "cm-bluegrass"))
                        .getJsonArray("objectives")
                        .getJsonObject(0)
                        .getString("benchmark"))
                .as("the signed version is unchanged")
                .isEqualTo("Complete a resume");
        assertThat(array(Api.get("/plans/" + planId + "/versions", "cm-bluegrass"))
                        .getValuesAs(JsonObject.class))
                .extracting(v -> v.getInt("number") + ":" + v.getString("status"))
                .containsExactly("2:DRAFT", "1:SIGNED");

        HttpResponse<String> review = Api.post(
                "/plans/" + planId + "/reviews",
                "cm-bluegrass",
                "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"progress\":\"Resume done; applying\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        assertThat(json(review).getString("reviewStatus")).isEqualTo("NOT_DUE");
    }

    @Test
    void theSecondOfTwoSavesOfOneDraftIsRefusedNamingWhoSavedFirst() throws Exception {
        long participant = eligibleAdult();
        JsonObject plan =
                json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
        long planId = plan.getJsonNumber("id").longValue();
        String lock = plan.getJsonNumber("versionLock").toString();

        assertThat(Api.put(
                                "/plans/" + planId,
                                "admin-bluegrass",
                                "{\"versionLock\":" + lock + ",\"content\":{\"strengths\":\"Punctual\"}}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> second = Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + lock + ",\"content\":{\"strengths\":\"Friendly\"}}");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).getString("detail")).contains("admin-bluegrass");
        assertThat(json(Api.get("/plans/" + planId, "cm-bluegrass"))
                        .getJsonObject("content")
                        .getString("strengths"))
                .isEqualTo("Punctual");
    }

    @Test
    void anotherLwdasCaseManagerCannotSeeOrChangeThePlan() throws Exception {
        long participant = eligibleAdult();
        long planId = json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"))
                .getJsonNumber("id")
                .longValue();

        assertThat(Api.get("/plans/" + planId, "cm-kentuckiana").statusCode()).isEqualTo(403);
        assertThat(Api.put("/plans/" + planId, "cm-kentuckiana", "{\"versionLock\":1,\"content\":{}}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/plans/" + planId, "monitor").statusCode()).isEqualTo(200);
        assertThat(Api.put("/plans/" + planId, "monitor", "{\"versionLock\":1,\"content\":{}}")
                        .statusCode())
                .as("monitors read only")
                .isEqualTo(403);
    }

    private static HttpResponse<String> sign(long planId, long lock) throws Exception {
        return Api.post(
                "/plans/" + planId + "/signatures",
                "cm-bluegrass",
                "{\"versionLock\":" + lock + ","
                        + "\"participant\":{\"name\":\"Renee Planner\",\"consent\":true},"
                        + "\"staff\":{\"name\":\"Casey Morgan\",\"drawing\":\"[[1,2],[3,4]]\"}}");
    }

    private static long eligibleAdult() throws Exception {
        long id = register();
        enroll(id, "ADULT");
        HttpResponse<String> determined = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"asOf\":\"" + LocalDate.now() + "\",\"dateOfBirth\":\"1990-06-15\","
                        + "\"sex\":\"FEMALE\",\"authorizedToWork\":true,\"publicAssistance\":[\"SNAP\"],"
                        + "\"sources\":{\"dateOfBirth\":\"SOURCE_DOCUMENT\",\"authorizedToWork\":\"SELF_ATTESTATION\"}}");
        assertThat(determined.statusCode()).as(determined.body()).isEqualTo(201);
        assertThat(json(determined).getBoolean("eligible")).isTrue();
        return id;
    }

    private static long register() throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Renee\",\"lastName\":\"Planner" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1990-06-15\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static void enroll(long id, String program) throws Exception {
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + id + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"" + program + "\",\"entryDate\":\"" + LocalDate.now() + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }

    private static List<String> codes(HttpResponse<String> completeness) {
        return json(completeness).getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("code"))
                .toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
