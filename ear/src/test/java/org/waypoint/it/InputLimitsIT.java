package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.AtOnce;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;

/**
 * Issue 18: input over its column's limit, or missing where the column needs it, is a 400 naming
 * the field with nothing saved, and two requests that create the same thing at the same moment get
 * one success and a 409; never a 500. Each row of the table is one input the probe saw answered 500.
 */
@ExtendWith(ArquillianExtension.class)
class InputLimitsIT {

    private static final String CM = "cm-bluegrass";
    private static final String MEGABYTE = "x".repeat(1_000_000);
    private static final String TODAY = LocalDate.now().toString();

    private static Long participant;
    private static Long plan;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One over-limit request, the field its 400 must name, and what must be unchanged after it. */
    record Case(String name, String method, String path, String body, String field, String unchangedPath) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> overLimits() throws Exception {
        long p = participant();
        long planId = plan();
        String last = "Limits" + System.nanoTime();
        String register = "/participants?q=" + last;
        return Stream.of(
                new Case(
                        "a 1 MB first name",
                        "POST",
                        "/participants",
                        person("\"" + MEGABYTE + "\"", last, "1990-01-01", ""),
                        "firstName",
                        register),
                new Case(
                        "no first name",
                        "POST",
                        "/participants",
                        person(null, last, "1990-01-01", ""),
                        "firstName",
                        register),
                new Case(
                        "born in 2999",
                        "POST",
                        "/participants",
                        person("\"Ann\"", last, "2999-01-01", ""),
                        "dateOfBirth",
                        register),
                new Case(
                        "a family income of 10^15",
                        "POST",
                        "/participants",
                        person("\"Ann\"", last, "1990-01-01", ",\"annualFamilyIncome\":1000000000000000"),
                        "annualFamilyIncome",
                        register),
                new Case(
                        "a case note over its 10,000 characters",
                        "POST",
                        "/participants/" + p + "/notes",
                        "{\"contactDate\":\"" + TODAY + "\",\"category\":\"CONTACT\",\"text\":\"" + "n".repeat(10_001)
                                + "\"}",
                        "text",
                        "/participants/" + p + "/notes"),
                new Case(
                        "a service costing 10^15",
                        "POST",
                        "/participants/" + p + "/services",
                        "{\"serviceCodeId\":" + code("IC-COUNSELING") + ",\"status\":\"PLANNED\",\"plannedStart\":\""
                                + TODAY + "\",\"plannedCost\":1000000000000000}",
                        "plannedCost",
                        "/participants/" + p + "/services"),
                new Case(
                        "a service provider over its 200 characters",
                        "POST",
                        "/participants/" + p + "/services",
                        "{\"serviceCodeId\":" + code("IC-COUNSELING") + ",\"status\":\"PLANNED\",\"plannedStart\":\""
                                + TODAY + "\",\"provider\":\"" + "p".repeat(201) + "\"}",
                        "provider",
                        "/participants/" + p + "/services"),
                new Case(
                        "a plan over its column",
                        "PUT",
                        "/plans/" + planId,
                        "{\"versionLock\":" + lock(planId) + ",\"content\":{\"strengths\":\"" + "s".repeat(1_000_001)
                                + "\"}}",
                        "content",
                        "/plans/" + planId),
                new Case(
                        "a plan with objectives:[null]",
                        "PUT",
                        "/plans/" + planId,
                        "{\"versionLock\":" + lock(planId) + ",\"content\":{\"objectives\":[null]}}",
                        "content.objectives",
                        "/plans/" + planId),
                new Case(
                        "a signer's name of 201 characters",
                        "POST",
                        "/plans/" + planId + "/signatures",
                        "{\"versionLock\":" + lock(planId) + ",\"participant\":{\"name\":\"" + "r".repeat(201)
                                + "\",\"consent\":true},\"staff\":{\"name\":\"Casey Morgan\",\"consent\":true},"
                                + "\"copyOffered\":true}",
                        "participantSignature",
                        "/plans/" + planId),
                new Case(
                        "an assessment text over its 4,000 characters",
                        "PUT",
                        "/participants/" + p + "/assessment",
                        "{\"assessedOn\":\"" + TODAY + "\",\"strengths\":\"" + "a".repeat(4_001) + "\"}",
                        "strengths",
                        "/participants/" + p + "/assessment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimits")
    void overTheLimitIsA400NamingTheFieldWithNothingSaved(Case input) throws Exception {
        String before = stored(input.unchangedPath());

        HttpResponse<String> answer = input.method().equals("PUT")
                ? Api.put(input.path(), CM, input.body())
                : Api.post(input.path(), CM, input.body());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer)).as(answer.body()).contains(input.field());
        assertThat(stored(input.unchangedPath())).as("nothing saved").isEqualTo(before);
    }

    @Test
    void twoAssessmentsStartedAtOnceSaveOneAndAnswerTheOther409() throws Exception {
        for (int round = 1; round <= 3; round++) {
            long fresh = Participants.register("Ada", "1991-02-03");
            String body = "{\"assessedOn\":\"" + TODAY + "\",\"strengths\":\"Punctual\"}";
            List<HttpResponse<String>> answers =
                    AtOnce.run(times(4, () -> Api.put("/participants/" + fresh + "/assessment", CM, body)));
            assertOneSucceededAndTheRestConflict(answers, 200, "round " + round);
        }
    }

    @Test
    void twoSavesOfOnePlanVersionAtOnceSaveOneAndAnswerTheOthers409() throws Exception {
        long planId = newPlan();
        long lock = lock(planId);
        List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = "{\"versionLock\":" + lock + ",\"content\":{\"strengths\":\"Saved by " + i + "\"}}";
            saves.add(() -> Api.put("/plans/" + planId, CM, body));
        }
        assertOneSucceededAndTheRestConflict(AtOnce.run(saves), 200, "plan saves");
    }

    @Test
    void enrollmentsInOneProgramSentAtOnceSaveOne() throws Exception {
        long fresh = Participants.register("Ena", "1990-05-06");
        List<HttpResponse<String>> answers =
                AtOnce.run(times(4, () -> Participants.tryEnroll(fresh, "WAGNER_PEYSER", CM)));
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses)
                .as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsOnly(201, 400)
                .containsOnlyOnce(201);
        answers.stream().filter(a -> a.statusCode() == 400).forEach(a -> assertThat(a.body())
                .contains("already enrolled"));
        assertThat(Api.get("/participants/" + fresh + "/enrollments", CM).body())
                .as("one enrollment stored")
                .containsOnlyOnce("WAGNER_PEYSER");
    }

    private static void assertOneSucceededAndTheRestConflict(
            List<HttpResponse<String>> answers, int success, String what) {
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses)
                .as(what + ": " + answers.stream().map(HttpResponse::body).toList())
                .containsOnly(success, 409)
                .containsOnlyOnce(success);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> assertThat(json(a).getString("detail"))
                .as("said in words")
                .isNotBlank());
    }

    private static <T> List<Callable<T>> times(int n, Callable<T> call) {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return calls;
    }

    private static String person(String firstName, String lastName, String born, String more) {
        return "{" + (firstName == null ? "" : "\"firstName\":" + firstName + ",") + "\"lastName\":\"" + lastName
                + "\",\"dateOfBirth\":\"" + born + "\"" + more + "}";
    }

    private static synchronized long participant() throws Exception {
        if (participant == null) {
            participant = Participants.eligibleAdult();
        }
        return participant;
    }

    private static synchronized long plan() throws Exception {
        if (plan == null) {
            plan = newPlan();
        }
        return plan;
    }

    private static long newPlan() throws Exception {
        HttpResponse<String> created = Api.post("/participants/" + participant() + "/plans", CM, "{\"kind\":\"IEP\"}");
        if (created.statusCode() == 409 || created.statusCode() == 400) {
            // one open plan per participant: a second one goes to another participant
            created = Api.post("/participants/" + Participants.eligibleAdult() + "/plans", CM, "{\"kind\":\"IEP\"}");
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static long lock(long planId) throws Exception {
        return json(Api.get("/plans/" + planId, CM))
                .getJsonNumber("versionLock")
                .longValue();
    }

    private static long code(String code) throws Exception {
        JsonArray catalog = Json.createReader(new StringReader(
                        Api.get("/reference/service-catalog?state=KY", CM).body()))
                .readArray();
        return catalog.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code " + code))
                .getJsonNumber("id")
                .longValue();
    }

    /** What is stored at {@code path}, without the moment it was read. */
    private static String stored(String path) throws Exception {
        HttpResponse<String> answer = Api.get(path, CM);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body().replaceAll("\"(loadedAt|asOf|today)\":\"[^\"]*\"", "");
    }

    private static List<String> fields(HttpResponse<String> problem) {
        JsonObject body = json(problem);
        if (!body.containsKey("errors")) {
            return List.of();
        }
        return body.getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
