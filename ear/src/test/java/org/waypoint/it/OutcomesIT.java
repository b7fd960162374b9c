package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.waypoint.it.support.Participants;

/**
 * Outcomes over the REST API (issue 15): a credential and a measurable skill gain recorded against
 * an enrollment and listed; bad input answered 400 naming the field with nothing saved (a date
 * before entry or in the future, a skill gain after exit, a Wagner-Peyser enrollment, another
 * participant's training); a credential within a year after exit accepted; a void with its reason,
 * refused on a stale version naming who voided first (from the audit trail); and the LWDA rule.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("a credential and a skill gain are recorded, answered with their Location, and listed")
    void recordAndList() throws Exception {
        long participant = Participants.eligibleAdult();
        String today = LocalDate.now().toString();

        HttpResponse<String> created = post(participant, "credentials", credential(today));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject credential = json(created);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/credentials/" + credential.getJsonNumber("id")));
        assertThat(credential.getString("program")).as("the only enrollment").isEqualTo("ADULT");
        assertThat(credential.getInt("pirlCode")).isEqualTo(5);
        assertThat(credential.getString("recordedBy")).isEqualTo("cm-bluegrass");
        assertThat(credential.containsKey("voidedAt")).isFalse();

        HttpResponse<String> gain = post(participant, "skill-gains", skillGain(today));
        assertThat(gain.statusCode()).as(gain.body()).isEqualTo(201);
        assertThat(json(gain).getInt("pirlElement")).isEqualTo(1810);
        assertThat(json(gain).getBoolean("inEducationOrTraining"))
                .as("no training or schooling on file: flagged, not refused")
                .isFalse();

        assertThat(list(participant, "credentials").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(c -> assertThat(c.getString("name")).isEqualTo("Certified Nursing Assistant"));
        assertThat(list(participant, "skill-gains").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(g -> assertThat(g.getString("gainType")).isEqualTo("SKILLS_PROGRESSION"));
        HttpResponse<String> one = Api.get("/credentials/" + credential.getJsonNumber("id"), "monitor");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("bad input answers 400 naming the field, and nothing is saved")
    void badInputIsRefusedNamingTheField() throws Exception {
        long participant = Participants.eligibleAdult();
        LocalDate today = LocalDate.now();

        assertFields(
                post(participant, "credentials", "{\"attainedOn\":\"" + today + "\"}"),
                "credentialType",
                "name",
                "evidenceKind",
                "evidenceDescription");
        assertFields(
                post(participant, "credentials", credential(today.minusDays(1).toString())), "attainedOn");
        assertFields(
                post(participant, "credentials", credential(today.plusDays(1).toString())), "attainedOn");
        assertFields(post(participant, "credentials", credential("someday")), "attainedOn");
        assertFields(
                post(
                        participant,
                        "credentials",
                        credential(today.toString()).replace("OCCUPATIONAL_CERTIFICATE", "DOCTORATE")),
                "credentialType");
        assertFields(
                post(participant, "credentials", credential(today.toString()).replace("}", ",\"enrollmentId\":-5}")),
                "enrollmentId");
        assertFields(
                post(participant, "credentials", credential(today.toString()).replace("}", ",\"trainingId\":-7}")),
                "trainingId");
        assertFields(
                post(participant, "credentials", credential(today.toString()).replace("Certified", "x".repeat(201))),
                "name");
        assertFields(
                post(participant, "skill-gains", "{\"achievedOn\":\"" + today + "\"}"),
                "gainType",
                "evidenceKind",
                "evidenceDescription");
        assertFields(
                post(participant, "skill-gains", skillGain(today.minusDays(1).toString())), "achievedOn");
        assertFields(
                post(participant, "skill-gains", skillGain(today.plusDays(1).toString())), "achievedOn");

        Participants.enroll(participant, "WAGNER_PEYSER");
        String wagnerPeyser = ",\"enrollmentId\":" + enrollmentOf(participant, "WAGNER_PEYSER") + "}";
        HttpResponse<String> wp =
                post(participant, "credentials", credential(today.toString()).replace("}", wagnerPeyser));
        assertFields(wp, "enrollmentId");
        assertThat(wp.body()).contains("Wagner-Peyser");
        assertFields(
                post(participant, "skill-gains", skillGain(today.toString()).replace("}", wagnerPeyser)),
                "enrollmentId");

        assertThat(list(participant, "credentials")).as("nothing saved").isEmpty();
        assertThat(list(participant, "skill-gains")).as("nothing saved").isEmpty();
    }

    @Test
    @DisplayName(
            "20 CFR 677.155(a)(1)(iv)-(v): after exit a credential still counts within a year, a skill gain does not")
    void afterExit() throws Exception {
        LocalDate today = LocalDate.now();
        long participant = Participants.register("Evelyn", "1985-04-02");
        Participants.determine(
                participant,
                "ADULT",
                "1985-04-02",
                "\"publicAssistance\":[\"SNAP\"]",
                today.minusDays(30),
                "cm-bluegrass");
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + participant + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"entryDate\":\"" + today.minusDays(30) + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        JsonObject enrollment = Json.createReader(
                        new StringReader(Api.get("/participants/" + participant + "/enrollments", "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0);
        HttpResponse<String> exited = Api.post(
                "/enrollments/" + enrollment.getJsonNumber("id") + "/exit",
                "cm-bluegrass",
                "{\"exitDate\":\"" + today.minusDays(10) + "\",\"version\":" + enrollment.getJsonNumber("version")
                        + ",\"note\":\"Took a job out of state\"}");
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);

        HttpResponse<String> late =
                post(participant, "skill-gains", skillGain(today.minusDays(5).toString()));
        assertFields(late, "achievedOn");
        assertThat(late.body()).contains("not after the exit");
        assertThat(post(
                                participant,
                                "skill-gains",
                                skillGain(today.minusDays(12).toString()))
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(
                                participant,
                                "credentials",
                                credential(today.minusDays(5).toString()))
                        .statusCode())
                .as("within one year after exit")
                .isEqualTo(201);
    }

    @Test
    @DisplayName("a void keeps the record with who, when and why; a stale version is 409 naming who voided first")
    void voidIsOptimisticallyLocked() throws Exception {
        long participant = Participants.eligibleAdult();
        String today = LocalDate.now().toString();
        for (String kind : new String[] {"credentials", "skill-gains"}) {
            JsonObject created =
                    json(post(participant, kind, kind.equals("credentials") ? credential(today) : skillGain(today)));
            String voidPath = "/" + kind + "/" + created.getJsonNumber("id") + "/void";
            long version = created.getJsonNumber("version").longValue();

            assertFields(
                    Api.post(voidPath, "cm-bluegrass", "{\"reason\":\" \",\"version\":" + version + "}"), "reason");
            assertFields(Api.post(voidPath, "cm-bluegrass", "{\"reason\":\"x\",\"version\":\"one\"}"), "version");
            HttpResponse<String> voided = Api.post(
                    voidPath,
                    "cm-bluegrass",
                    "{\"reason\":\"Recorded for the wrong participant\",\"version\":" + version + "}");
            assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
            assertThat(json(voided).getString("voidReason")).isEqualTo("Recorded for the wrong participant");
            assertThat(json(voided).getString("voidedBy")).isEqualTo("cm-bluegrass");

            HttpResponse<String> stale =
                    Api.post(voidPath, "admin-bluegrass", "{\"reason\":\"Duplicate\",\"version\":" + version + "}");
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(json(stale).getString("detail"))
                    .as("from the audit trail")
                    .contains("cm-bluegrass");
            assertFields(Api.post(voidPath, "admin-bluegrass", "{\"reason\":\"Duplicate\"}"), "reason");

            assertThat(list(participant, kind).getValuesAs(JsonObject.class))
                    .as("never deleted")
                    .singleElement()
                    .satisfies(
                            o -> assertThat(o.getString("voidReason")).isEqualTo("Recorded for the wrong participant"));
        }
    }

    @Test
    @DisplayName("another LWDA's case manager neither sees nor records nor voids; a monitor only reads")
    void theLwdaRule() throws Exception {
        long participant = Participants.eligibleAdult();
        String today = LocalDate.now().toString();
        long credential = json(post(participant, "credentials", credential(today)))
                .getJsonNumber("id")
                .longValue();
        long gain = json(post(participant, "skill-gains", skillGain(today)))
                .getJsonNumber("id")
                .longValue();
        String base = "/participants/" + participant;

        for (String kind : new String[] {"credentials", "skill-gains"}) {
            assertThat(Api.get(base + "/" + kind, "cm-kentuckiana").statusCode())
                    .isEqualTo(403);
            assertThat(Api.post(
                                    base + "/" + kind,
                                    "cm-kentuckiana",
                                    kind.equals("credentials") ? credential(today) : skillGain(today))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(Api.get(base + "/" + kind, "monitor").statusCode()).isEqualTo(200);
            assertThat(Api.post(
                                    base + "/" + kind,
                                    "monitor",
                                    kind.equals("credentials") ? credential(today) : skillGain(today))
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(Api.get("/credentials/" + credential, "cm-kentuckiana").statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/skill-gains/" + gain, "cm-kentuckiana").statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/credentials/" + credential + "/void", "cm-kentuckiana", "{\"reason\":\"No\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/skill-gains/" + gain + "/void", "monitor", "{\"reason\":\"No\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/credentials/987654321", "cm-bluegrass").statusCode())
                .isEqualTo(404);
        assertThat(list(participant, "credentials").getJsonObject(0).containsKey("voidedAt"))
                .isFalse();
        assertThat(list(participant, "skill-gains")).hasSize(1);
    }

    private static String credential(String attainedOn) {
        return "{\"credentialType\":\"OCCUPATIONAL_CERTIFICATE\",\"name\":\"Certified Nursing Assistant\","
                + "\"attainedOn\":\"" + attainedOn + "\",\"evidenceKind\":\"COPY_OF_CREDENTIAL\","
                + "\"evidenceDescription\":\"Nurse Aide Registry certificate, copy in the file\"}";
    }

    private static String skillGain(String achievedOn) {
        return "{\"gainType\":\"SKILLS_PROGRESSION\",\"achievedOn\":\"" + achievedOn + "\","
                + "\"evidenceKind\":\"TEST_RESULTS\",\"evidenceDescription\":\"Passed the state nurse aide skills exam\"}";
    }

    private static HttpResponse<String> post(long participant, String kind, String body) throws Exception {
        return Api.post("/participants/" + participant + "/" + kind, "cm-bluegrass", body);
    }

    private static JsonArray list(long participant, String kind) throws Exception {
        HttpResponse<String> list = Api.get("/participants/" + participant + "/" + kind, "cm-bluegrass");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Json.createReader(new StringReader(list.body())).readArray();
    }

    private static long enrollmentOf(long participant, String program) throws Exception {
        return Json.createReader(
                        new StringReader(Api.get("/participants/" + participant + "/enrollments", "cm-bluegrass")
                                .body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("program").equals(program))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Participants.json(response);
    }

    /** A 400 problem+json naming exactly these fields. */
    private static void assertFields(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder(fields);
    }
}
