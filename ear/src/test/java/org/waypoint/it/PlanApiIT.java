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
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Participants;

/**
 * The IEP through the API on the real server: who may have one, the completeness check in a
 * monitor's words, signing that freezes a version, the next version on a change, reviews, two staff
 * saving the same draft, and LWDA isolation.
 */
@ExtendWith(ArquillianExtension.class)
class PlanApiIT {

    static final String COMPLETE_KENTUCKY_IEP =
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
                          "wioaFunded":true,"plannedStart":"2026-12-01"}],
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
        long id = Participants.register("Renee", "1990-06-15");
        HttpResponse<String> notEnrolled =
                Api.post("/participants/" + id + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}");
        assertThat(notEnrolled.statusCode()).isEqualTo(400);
        assertThat(json(notEnrolled).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("Adult, Dislocated Worker or Wagner-Peyser");

        // Issue 13 item 8: the Adult enrollment itself now needs the eligible determination first.
        HttpResponse<String> refused = Participants.tryEnroll(id, "ADULT", "cm-bluegrass");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("determine eligibility first");
        HttpResponse<String> undetermined =
                Api.post("/participants/" + id + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}");
        assertThat(undetermined.statusCode()).isEqualTo(400);
        assertThat(array(Api.get("/participants/" + id + "/plans", "cm-bluegrass")))
                .as("nothing saved")
                .isEmpty();
    }

    @Test
    void fillSignChangeReviewTheIepFromDraftToSecondVersion() throws Exception {
        long participant = Participants.eligibleAdult();
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
        long lmi = Participants.dentalAssistantLmi(participant);
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
                "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"progress\":\"Resume done; applying\","
                        + "\"objectives\":[{\"objective\":1,\"benchmark\":\"Complete a resume\",\"status\":\"MET\","
                        + "\"note\":\"Reviewed on 11/20\"}]}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        assertThat(json(review).getString("reviewStatus")).isEqualTo("NOT_DUE");
        JsonObject recorded = json(review).getJsonArray("reviews").getJsonObject(0);
        assertThat(recorded.getJsonArray("objectives").getJsonObject(0).getString("status"))
                .isEqualTo("MET");

        HttpResponse<String> badReview = Api.post(
                "/plans/" + planId + "/reviews",
                "cm-bluegrass",
                "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"progress\":\"x\","
                        + "\"objectives\":[{\"objective\":5,\"status\":\"MET\"}]}");
        assertThat(badReview.statusCode()).isEqualTo(400);
        assertThat(badReview.body()).contains("Objective 5 is not in version 1");

        HttpResponse<String> note = Api.post(
                "/participants/" + participant + "/notes",
                "cm-bluegrass",
                "{\"contactDate\":\"" + LocalDate.now() + "\",\"text\":\"Went over version 1 with her\","
                        + "\"planId\":" + planId + ",\"planVersion\":1}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        assertThat(json(note).getInt("planVersion")).isEqualTo(1);
        HttpResponse<String> noSuchVersion = Api.post(
                "/participants/" + participant + "/notes",
                "cm-bluegrass",
                "{\"contactDate\":\"" + LocalDate.now() + "\",\"text\":\"x\",\"planId\":" + planId
                        + ",\"planVersion\":9}");
        assertThat(noSuchVersion.statusCode()).isEqualTo(400);
        assertThat(noSuchVersion.body()).contains("planVersion");
    }

    @Test
    void theSignedOriginalIsFiledAndItsTextHasEverySectionTheFiguresAndBothSigners() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject plan =
                json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
        long planId = plan.getJsonNumber("id").longValue();
        long lmi = Participants.dentalAssistantLmi(participant);
        JsonObject lmiFigures = json(Api.get("/participants/" + participant + "/lmi-reviews/" + lmi, "cm-bluegrass"))
                .getJsonArray("occupations")
                .getJsonObject(0);
        JsonObject filled = json(Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":"
                        + COMPLETE_KENTUCKY_IEP.replace("LMI", String.valueOf(lmi)) + "}"));

        HttpResponse<byte[]> draft = Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("X-Original")).hasValue("false");
        assertThat(Documents.pdfText(draft.body())).contains("Draft");

        HttpResponse<String> signed =
                sign(planId, filled.getJsonNumber("versionLock").longValue());
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);

        HttpResponse<byte[]> original = Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(original.headers().firstValue("X-Original")).hasValue("true");
        String text = Documents.pdfText(original.body());
        assertThat(text)
                .contains(
                        "Individual Employment Plan",
                        "Dental Assistants",
                        "Grows 9.2% in Bluegrass",
                        "Labor market information",
                        "Career counseling",
                        "Complete a resume",
                        "Monthly contact for 12 months",
                        "Renee Planner",
                        "Casey Morgan",
                        "O*NET");
        assertThat(text).as("the LMI figures as saved").contains(String.format("%,d", lmiFigures.getInt("medianWage")));
        HttpResponse<byte[]> again = Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass");
        assertThat(again.headers().firstValue("X-Content-SHA256"))
                .as("the same original every time")
                .isEqualTo(original.headers().firstValue("X-Content-SHA256"));
        assertThat(Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReviewFallingDueShowsToTheCaseManagerWithTheStatesInterval() throws Exception {
        assertThat(Api.put("/reference/states/KY", "cm-bluegrass", "{\"planReviewIntervalDays\":10}")
                        .statusCode())
                .as("state admins only")
                .isEqualTo(403);
        HttpResponse<String> invalid = Api.put(
                "/reference/states/KY", "state-admin", "{\"planReviewIntervalDays\":0,\"assessmentMaxAgeMonths\":6}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("planReviewIntervalDays");
        try {
            assertThat(Api.put(
                                    "/reference/states/KY",
                                    "state-admin",
                                    "{\"planReviewIntervalDays\":10,\"assessmentMaxAgeMonths\":6}")
                            .statusCode())
                    .isEqualTo(200);
            long participant = Participants.eligibleAdult();
            JsonObject plan =
                    json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
            long planId = plan.getJsonNumber("id").longValue();
            long lmi = Participants.dentalAssistantLmi(participant);
            JsonObject filled = json(Api.put(
                    "/plans/" + planId,
                    "cm-bluegrass",
                    "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":"
                            + COMPLETE_KENTUCKY_IEP.replace("LMI", String.valueOf(lmi)) + "}"));
            JsonObject signed =
                    json(sign(planId, filled.getJsonNumber("versionLock").longValue()));
            assertThat(signed.getString("reviewDue"))
                    .isEqualTo(LocalDate.now().plusDays(10).toString());
            assertThat(signed.getString("reviewStatus")).isEqualTo("DUE_SOON");

            assertThat(array(Api.get("/plans/reviews-due", "cm-bluegrass")).getValuesAs(JsonObject.class))
                    .filteredOn(r -> r.getJsonNumber("planId").longValue() == planId)
                    .singleElement()
                    .satisfies(r -> assertThat(r.getString("status")).isEqualTo("DUE_SOON"))
                    .satisfies(r -> assertThat(r.getString("due"))
                            .isEqualTo(LocalDate.now().plusDays(10).toString()));
            assertThat(array(Api.get("/plans/reviews-due", "cm-kentuckiana")).getValuesAs(JsonObject.class))
                    .as("another LWDA's case manager")
                    .noneMatch(r -> r.getJsonNumber("planId").longValue() == planId);
        } finally {
            assertThat(Api.put(
                                    "/reference/states/KY",
                                    "state-admin",
                                    "{\"planReviewIntervalDays\":90,\"assessmentMaxAgeMonths\":6}")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aDrawnSignatureMustBeThePadsImage() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject plan =
                json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
        HttpResponse<String> scribble = Api.post(
                "/plans/" + plan.getJsonNumber("id") + "/signatures",
                "cm-bluegrass",
                "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ","
                        + "\"participant\":{\"name\":\"Renee Planner\",\"drawing\":\"[[1,2]]\"},"
                        + "\"staff\":{\"name\":\"Casey Morgan\",\"consent\":true}}");
        assertThat(scribble.statusCode()).isEqualTo(400);
        assertThat(scribble.body()).contains("participantSignature", "PNG image");
    }

    @Test
    void theSecondOfTwoSavesOfOneDraftIsRefusedNamingWhoSavedFirst() throws Exception {
        long participant = Participants.eligibleAdult();
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
        long participant = Participants.eligibleAdult();
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
                        + "\"staff\":{\"name\":\"Casey Morgan\",\"drawing\":\"" + Documents.drawnSignature() + "\"},"
                        + "\"copyOffered\":true}");
    }

    private static List<String> codes(HttpResponse<String> completeness) {
        return json(completeness).getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("code"))
                .toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Participants.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
