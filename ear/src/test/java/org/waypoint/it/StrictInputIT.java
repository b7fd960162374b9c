package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 18's probe of silent coercions, kept as a table: for every POST and PUT of the API a body
 * (or query parameter) of the wrong type, and the field the 400 must name. Afterwards nothing the
 * table touched has changed (Kentucky's review interval above all: a wrong type once removed it).
 * One deployment serves the whole table.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrictInputIT {

    private static final String CM = "cm-bluegrass";
    private static final String ADMIN = "admin-bluegrass";
    private static final String STATE = "state-admin";
    private static final String MONITOR = "monitor";
    private static final String PERSON =
            "\"firstName\":\"Strict\",\"lastName\":\"Input\",\"dateOfBirth\":\"1990-01-01\"";

    private static long participant;
    private static final Map<String, String> BEFORE = new LinkedHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One bad request: {@code {P}} in the path is the Bluegrass test participant. */
    record Bad(String method, String path, String user, String body, String field) {

        @Override
        public String toString() {
            return method + " " + path + " " + (body == null ? "" : abbreviate(body)) + " -> " + field;
        }
    }

    static Stream<Arguments> badInputs() {
        String megabyte = "K".repeat(1_000_000);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        return Stream.of(
                        // participants: the probe's coercions, each by name
                        post("/participants", CM, "{" + PERSON + ",\"authorizedToWork\":\"yes\"}", "authorizedToWork"),
                        post("/participants", CM, "{" + PERSON + ",\"veteran\":1}", "veteran"),
                        post(
                                "/participants",
                                CM,
                                "{" + PERSON + ",\"highestGrade\":9223372036854775808}",
                                "highestGrade"),
                        post("/participants", CM, "{" + PERSON + ",\"familySize\":1.5}", "familySize"),
                        post(
                                "/participants",
                                CM,
                                "{" + PERSON.replace("1990-01-01", "0000-01-01") + "}",
                                "dateOfBirth"),
                        post("/participants", CM, "{" + PERSON.replace("1990-01-01", tomorrow) + "}", "dateOfBirth"),
                        post(
                                "/participants",
                                CM,
                                "{" + PERSON.replace("1990-01-01", "1899-12-31") + "}",
                                "dateOfBirth"),
                        post("/participants", CM, "{" + PERSON.replace("\"Strict\"", "7") + "}", "firstName"),
                        post("/participants", CM, "{" + PERSON + ",\"sex\":\"ROBOT\"}", "sex"),
                        post("/participants", CM, "{" + PERSON + ",\"races\":[null]}", "races"),
                        post(
                                "/participants",
                                CM,
                                "{" + PERSON + ",\"annualFamilyIncome\":\"18000\"}",
                                "annualFamilyIncome"),
                        put("/participants/{P}", CM, "{" + PERSON + ",\"version\":\"0\"}", "version"),
                        post(
                                "/participants/{P}/enrollments",
                                CM,
                                "{\"program\":\"ADULT\",\"entryDate\":\"2026-07-01\",\"officeId\":\"main\"}",
                                "officeId"),
                        put(
                                "/participants/{P}/enrollments/1/entry-characteristics",
                                CM,
                                "{\"barriers\":\"SINGLE_PARENT\",\"version\":0}",
                                "barriers"),
                        post(
                                "/participants/{P}/notes",
                                CM,
                                "{\"contactDate\":\"2026-07-01\",\"category\":\"CONTACT\",\"text\":\"x\",\"planId\":\"12\"}",
                                "planId"),
                        post(
                                "/participants/{P}/notes",
                                CM,
                                "{\"contactDate\":\"2999-07-01\",\"category\":\"CONTACT\",\"text\":\"x\"}",
                                "contactDate"),
                        // eligibility
                        post(
                                "/participants/{P}/eligibility",
                                CM,
                                "{\"program\":\"ADULT\",\"asOf\":\"2999-01-01\",\"dateOfBirth\":\"1990-01-01\"}",
                                "asOf"),
                        post(
                                "/eligibility/evaluate",
                                CM,
                                "{\"program\":\"ADULT\",\"state\":\"" + megabyte + "\"}",
                                "state"),
                        post(
                                "/eligibility/evaluate",
                                CM,
                                "{\"program\":\"ADULT\",\"state\":\"\uD83D\uDE00\"}",
                                "state"),
                        post("/eligibility/evaluate", CM, "{\"program\":\"ADULT\",\"state\":\"ZZ\"}", "state"),
                        post("/eligibility/evaluate", CM, "{\"program\":3}", "program"),
                        post("/eligibility/evaluate", CM, "{\"program\":\"ADULT\",\"familySize\":1.5}", "familySize"),
                        post(
                                "/eligibility/income-schedules",
                                STATE,
                                "{\"povertyGuidelines\":[\"x\"]}",
                                "povertyGuidelines"),
                        post(
                                "/eligibility/llsil-schedules",
                                STATE,
                                "{\"effectiveDate\":\"2999-01-01\"}",
                                "effectiveDate"),
                        // supportive services
                        post("/approvals/1", ADMIN, "{\"approve\":\"yes\"}", "approve"),
                        post("/participants/{P}/supportive-services", CM, "{\"amount\":\"12\"}", "amount"),
                        put("/lwdas/1/supportive-limits", ADMIN, "{\"annualAmount\":\"500\"}", "annualAmount"),
                        // LMI reviews
                        post("/participants/{P}/lmi-reviews", CM, "{\"socs\":\"29-1141\"}", "socs"),
                        put("/participants/{P}/lmi-reviews/1", CM, "{\"refreshFigures\":\"true\"}", "refreshFigures"),
                        // monitoring
                        post("/monitoring/reviews", MONITOR, "{\"lwdaId\":1,\"sampleSize\":2.5}", "sampleSize"),
                        put("/monitoring/reviews/1/items/1", MONITOR, "{\"result\":7}", "result"),
                        post("/monitoring/findings/1/response", ADMIN, "{\"response\":{}}", "response"),
                        post("/monitoring/findings/1/close", MONITOR, "{\"version\":\"3\"}", "version"),
                        post("/monitoring/findings/1/reopen", MONITOR, "{\"version\":1.5}", "version"),
                        // training
                        post("/participants/{P}/training", CM, "{\"otherAidConsidered\":\"no\"}", "otherAidConsidered"),
                        put("/training/1", CM, "{\"startDate\":\"2026-13-01\"}", "startDate"),
                        post("/training/1/payments", CM, "{\"amount\":true}", "amount"),
                        // services
                        post("/participants/{P}/services", CM, "{\"serviceCodeId\":\"abc\"}", "serviceCodeId"),
                        put("/services/1", CM, "{\"status\":[\"COMPLETED\"]}", "status"),
                        post("/services/1/void", CM, "{\"reason\":5}", "reason"),
                        post("/services/batch", CM, "{\"rows\":[{\"participantId\":\"x\"}]}", "rows[0].participantId"),
                        put("/tasks/digest", CM, "{\"on\":\"on\"}", "on"),
                        // assessment
                        post("/participants/{P}/assessment/tests", CM, "{\"scaleScore\":\"500\"}", "scaleScore"),
                        put("/participants/{P}/assessment", CM, "{\"assessedOn\":\"0000-01-01\"}", "assessedOn"),
                        // exits
                        post("/enrollments/1/exit", CM, "{\"exitDate\":20260101}", "exitDate"),
                        post("/enrollments/1/gaps", CM, "{\"from\":\"2999-01-01\"}", "from"),
                        // plans
                        put(
                                "/plans/1",
                                CM,
                                "{\"versionLock\":0,\"content\":{\"objectives\":[null]}}",
                                "content.objectives"),
                        put("/plans/1", CM, "{\"versionLock\":\"0\"}", "versionLock"),
                        post("/plans/1/signatures", CM, "{\"versionLock\":0,\"copyOffered\":\"yes\"}", "copyOffered"),
                        post(
                                "/plans/1/reviews",
                                CM,
                                "{\"reviewedOn\":\"2026-11-30\",\"objectives\":[null]}",
                                "objectives"),
                        post("/participants/{P}/plans", CM, "{\"kind\":1}", "kind"),
                        post("/participants/{P}/plans", CM, "{\"kind\":\"IEPX\"}", "kind"),
                        // caseloads and transfers
                        post("/caseloads/reassign", ADMIN, "{\"participantIds\":[\"a\"]}", "participantIds"),
                        post("/transfers", CM, "{\"participantId\":1,\"toLwdaId\":\"2\"}", "toLwdaId"),
                        post("/transfers/1/accept", "admin-kentuckiana", "{\"officeId\":\"x\"}", "officeId"),
                        post("/transfers/1/decline", "admin-kentuckiana", "{\"reason\":false}", "reason"),
                        // reference data
                        post("/reference/in-demand-occupations", STATE, "{\"lwdaId\":\"1\"}", "lwdaId"),
                        post("/reference/industry-sectors", STATE, "{\"active\":\"yes\"}", "active"),
                        put("/reference/industry-sectors/1", STATE, "{\"versionLock\":\"1\"}", "versionLock"),
                        put(
                                "/reference/states/KY",
                                STATE,
                                "{\"planReviewIntervalDays\":\"x\"}",
                                "planReviewIntervalDays"),
                        put("/reference/states/KY", STATE, "{\"commonExit\":\"true\"}", "commonExit"),
                        put("/reference/states/KY", STATE, "{\"adultFollowUp\":\"SOMETIMES\"}", "adultFollowUp"),
                        put(
                                "/reference/lwdas/1/ita-limit",
                                STATE,
                                "{\"versionLock\":0,\"itaLimit\":\"5000\"}",
                                "itaLimit"),
                        post("/reference/service-catalog", STATE, "{\"youthElement\":1.5}", "youthElement"),
                        put(
                                "/reference/service-catalog/1",
                                STATE,
                                "{\"versionLock\":0,\"programs\":[null]}",
                                "programs"),
                        post("/reference/training-programs", STATE, "{\"cost\":\"9000\"}", "cost"),
                        put(
                                "/reference/training-programs/1",
                                STATE,
                                "{\"versionLock\":0,\"lengthWeeks\":\"12\"}",
                                "lengthWeeks"),
                        // follow-up and outcomes
                        post("/follow-up-contacts/1/void", CM, "{\"version\":\"2\"}", "version"),
                        post("/follow-ups/1/contacts", CM, "{\"hourlyWage\":\"15\"}", "hourlyWage"),
                        post("/follow-ups/1/close", CM, "{\"status\":\"WHATEVER\"}", "status"),
                        post("/skill-gains/1/void", CM, "{\"reason\":[]}", "reason"),
                        post("/participants/{P}/skill-gains", CM, "{\"achievedOn\":\"2999-01-01\"}", "achievedOn"),
                        post("/participants/{P}/credentials", CM, "{\"enrollmentId\":\"1\"}", "enrollmentId"),
                        post("/credentials/1/void", CM, "{\"version\":true}", "version"),
                        // query parameters: 400 naming them, not 404
                        get("/participants?lwdaId=abc", CM, "lwdaId"),
                        get("/participants?max=99999999999", CM, "max"),
                        get("/participants?max=500", CM, "max"),
                        get("/participants?max=-1", CM, "max"),
                        get("/participants?first=-5", CM, "first"),
                        get("/caseloads?lwdaId=abc", ADMIN, "lwdaId"),
                        get("/transfers?lwdaId=1.5", ADMIN, "lwdaId"),
                        get("/eligibility/youth-caps/1?date=0000-01-01", ADMIN, "date"),
                        post(
                                "/participants?confirmDifferentPerson=yes",
                                CM,
                                "{" + PERSON + "}",
                                "confirmDifferentPerson"),
                        post("/exits/run?asOf=2999-01-01", STATE, "", "asOf"))
                .map(Arguments::of);
    }

    @Test
    @Order(1)
    void beforeTheTableTheRecordsItMustNotChangeAreNoted() throws Exception {
        HttpResponse<String> found = Api.get("/participants?number=" + TestFixture.BLUEGRASS_PARTICIPANT, CM);
        participant = ((JsonArray) read(found.body()))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        BEFORE.putAll(snapshot());
        assertThat(BEFORE).containsKey("KY");
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aWrongTypeOrValueIsA400NamingTheField(Bad bad) throws Exception {
        String path = bad.path().replace("{P}", String.valueOf(participant));
        HttpResponse<String> response =
                switch (bad.method()) {
                    case "GET" -> Api.get(path, bad.user());
                    case "PUT" -> Api.put(path, bad.user(), bad.body());
                    default -> Api.post(path, bad.user(), bad.body());
                };
        assertThat(response.statusCode()).as(abbreviate(response.body())).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(fields(response)).as(abbreviate(response.body())).contains(bad.field());
        assertThat(response.body().length())
                .as("the answer never echoes a megabyte")
                .isLessThan(5_000);
    }

    @Test
    @Order(3)
    void jsonThatIsNotJsonSaysWhereItBreaksAndAPathIdThatIsNoNumberIsNoResource() throws Exception {
        HttpResponse<String> broken = Api.post("/participants", CM, "{\"firstName\": \"Ann\",, }");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(((JsonObject) read(broken.body())).getString("detail")).contains("line 1");
        // a path that names no participant: 404, as for any other address that is not there
        assertThat(Api.get("/participants/abc", CM).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void afterTheTableNothingWasSavedOrChanged() throws Exception {
        assertThat(snapshot()).isEqualTo(BEFORE);
    }

    /** What the table could have changed: Kentucky's settings, the participant and their records. */
    private static Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        JsonArray states = (JsonArray) read(Api.get("/reference/states", STATE).body());
        for (JsonValue each : states) {
            if ("KY".equals(each.asJsonObject().getString("code", ""))) {
                state.put("KY", each.toString());
            }
        }
        state.put("participant", Api.get("/participants/" + participant, CM).body());
        for (String records : List.of("notes", "enrollments", "plans", "services", "eligibility")) {
            state.put(
                    records,
                    Api.get("/participants/" + participant + "/" + records, CM).body());
        }
        // The newest participant and the total: a half-saved registration changes one or the other,
        // even where more than 1,000 are registered and the total is only "more than 1,000".
        HttpResponse<String> newest = Api.get("/participants?max=1", CM);
        state.put("registered", newest.body() + newest.headers().map().getOrDefault("X-Total-Count", List.of("more")));
        state.put("ita-limit", Api.get("/reference/lwdas/1/ita-limit", STATE).body());
        return state;
    }

    private static List<String> fields(HttpResponse<String> response) {
        JsonObject problem = (JsonObject) read(response.body());
        if (!problem.containsKey("errors")) {
            return List.of();
        }
        return problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList();
    }

    private static JsonStructure read(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static Bad post(String path, String user, String body, String field) {
        return new Bad("POST", path, user, body, field);
    }

    private static Bad put(String path, String user, String body, String field) {
        return new Bad("PUT", path, user, body, field);
    }

    private static Bad get(String path, String user, String field) {
        return new Bad("GET", path, user, null, field);
    }
}
