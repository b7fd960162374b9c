package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.AsStateAdmin;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.audit.AuditService.AuditView;

/**
 * Service records over the REST API on the real server (issue 14): a service goes from planned to
 * in progress to completed and keeps its enrollment's participation date and last service for exit
 * current; each refused value answers 400 naming the field with nothing saved; a void keeps the
 * record with its reason and an audit row; a stale change answers 409; another local area's case
 * manager and a monitor cannot write; quick entry saves all rows or none.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRecordIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String DOB = "1988-02-11";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ServiceRecordIT.class);
    }

    @EJB
    private AsStateAdmin stateAdmin;

    @EJB
    private AuditService audit;

    @EJB
    private Probe probe;

    @Test
    @DisplayName(
            "planned, then in progress, then completed: the enrollment's participation and last service dates follow")
    void aServiceGoesFromPlannedToCompleted() throws Exception {
        long participant = adult(30);
        long counseling = code("KY", "IC-COUNSELING");
        HttpResponse<String> planned = Api.post(
                services(participant),
                "cm-bluegrass",
                "{\"serviceCodeId\":" + counseling + ",\"status\":\"PLANNED\",\"plannedStart\":\"" + TODAY.plusDays(7)
                        + "\",\"plannedCost\":120.50,\"provider\":\"Lexington Career Center\"}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        JsonObject service = json(planned);
        long id = service.getJsonNumber("id").longValue();
        assertThat(planned.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/services/" + id));
        assertThat(service.getString("fundingProgram"))
                .as("the enrollment's program pays")
                .isEqualTo("ADULT");
        assertThat(service.getString("staff")).isEqualTo("cm-bluegrass");
        assertThat(missing(period(participant), "participationDate"))
                .as("planned is not participation")
                .isTrue();

        HttpResponse<String> started = Api.put(
                "/services/" + id,
                "cm-bluegrass",
                "{\"serviceCodeId\":" + counseling + ",\"status\":\"IN_PROGRESS\",\"plannedStart\":\""
                        + TODAY.plusDays(7)
                        + "\",\"actualStart\":\"" + TODAY.minusDays(2) + "\",\"version\":"
                        + service.getJsonNumber("version") + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(period(participant).getString("participationDate"))
                .isEqualTo(TODAY.minusDays(2).toString());
        assertThat(missing(period(participant), "lastServiceDate")).isTrue();

        HttpResponse<String> completed = Api.put(
                "/services/" + id,
                "cm-bluegrass",
                "{\"serviceCodeId\":" + counseling + ",\"status\":\"COMPLETED_SUCCESSFUL\",\"actualStart\":\""
                        + TODAY.minusDays(2) + "\",\"actualEnd\":\"" + TODAY + "\",\"actualCost\":99.99,\"version\":"
                        + json(started).getJsonNumber("version") + "}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(json(completed).getString("status")).isEqualTo("COMPLETED_SUCCESSFUL");
        assertThat(period(participant).getString("lastServiceDate")).isEqualTo(TODAY.toString());
        assertThat(json(Api.get("/services/" + id, "monitor")).getString("code"))
                .isEqualTo("IC-COUNSELING");
        assertThat(array(Api.get(services(participant), "monitor"))).hasSize(1);
    }

    @Test
    @DisplayName("each refused value answers 400 naming the field, and nothing is saved")
    void badInputAnswers400NamingTheFieldWithNothingSaved() throws Exception {
        long participant = adult(30);
        long jobSearch = code("KY", "BC-JOB-SEARCH");
        String day = TODAY.minusDays(1).toString();
        assertField(
                participant,
                "{\"serviceCodeId\":987654321,\"status\":\"COMPLETED_SUCCESSFUL\",\"actualStart\":\"" + day
                        + "\",\"actualEnd\":\"" + day + "\"}",
                "serviceCodeId",
                "No service code");
        assertField(participant, completed(code("GA", "BC-JOB-SEARCH"), day, day), "serviceCodeId", "GA's catalog");
        assertField(participant, completed(code("KY", "YE-01"), day, day), "serviceCodeId", "may fund code YE-01");
        assertField(participant, completed(deactivatedCode(), day, day), "serviceCodeId", "deactivated");
        assertField(
                participant,
                completed(jobSearch, day, TODAY.minusDays(3).toString()),
                "actualEnd",
                "before the actual start");
        assertField(
                participant,
                completed(jobSearch, TODAY.minusDays(31).toString(), day),
                "actualStart",
                "before the enrollment's entry date");
        assertField(
                participant,
                "{\"serviceCodeId\":" + jobSearch + ",\"status\":\"IN_PROGRESS\"}",
                "actualStart",
                "in progress");
        assertField(
                participant,
                "{\"serviceCodeId\":" + jobSearch + ",\"status\":\"COMPLETED_SUCCESSFUL\",\"actualStart\":\"" + day
                        + "\"}",
                "actualEnd",
                "completed");
        assertField(
                participant,
                "{\"serviceCodeId\":" + jobSearch + ",\"status\":\"PLANNED\",\"plannedStart\":\"" + day
                        + "\",\"actualStart\":\"" + day + "\"}",
                "actualStart",
                "planned");
        assertField(
                participant,
                completed(jobSearch, day, day).replace("{", "{\"plannedCost\":-5,"),
                "plannedCost",
                "negative");
        assertField(
                participant,
                completed(jobSearch, day, day).replace("{", "{\"actualCost\":1.234,"),
                "actualCost",
                "2 decimals");
        assertField(
                participant,
                completed(jobSearch, day, day).replace("{", "{\"provider\":\"" + "p".repeat(201) + "\","),
                "provider",
                "200");
        assertField(participant, completed(jobSearch, "2026-13-01", day), "actualStart", "YYYY-MM-DD");
        assertField(
                participant,
                completed(jobSearch, day, day)
                        .replace("{", "{\"fundingSource\":\"Pell\",\"fundingProgram\":\"ADULT\","),
                "fundingSource",
                "not both");
        assertThat(array(Api.get(services(participant), "cm-bluegrass"))).isEmpty();

        // 20 CFR 680.150(b): after exit only follow-up; anything else is a new period of participation
        long enrollment = period(participant).getJsonNumber("enrollmentId").longValue();
        probe.nativeUpdate("UPDATE enrollment SET exit_date = DATE '" + TODAY.minusDays(10)
                + "', exit_reason = 'MANUAL' WHERE id = " + enrollment);
        String afterExit = TODAY.minusDays(5).toString();
        assertField(
                participant, completed(jobSearch, afterExit, afterExit), "actualStart", "new period of participation");
        assertThat(array(Api.get(services(participant), "cm-bluegrass"))).isEmpty();
        HttpResponse<String> followUp = Api.post(
                services(participant), "cm-bluegrass", completed(code("KY", "FU-ADULT-DW"), afterExit, afterExit));
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
    }

    @Test
    @DisplayName("a void keeps the service with its reason and an audit row; it no longer counts")
    void aVoidKeepsTheServiceWithItsReason() throws Exception {
        long participant = adult(30);
        String day = TODAY.minusDays(1).toString();
        HttpResponse<String> created =
                Api.post(services(participant), "cm-bluegrass", completed(code("KY", "BC-JOB-SEARCH"), day, day));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(period(participant).getString("lastServiceDate")).isEqualTo(day);

        assertThat(problem(Api.post("/services/" + id + "/void", "cm-bluegrass", "{\"reason\":\" \"}"), 400)
                        .toString())
                .contains("\"field\":\"reason\"");
        HttpResponse<String> voided =
                Api.post("/services/" + id + "/void", "cm-bluegrass", "{\"reason\":\"Recorded for the wrong person\"}");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(json(voided).getString("voidReason")).isEqualTo("Recorded for the wrong person");
        assertThat(json(voided).getString("voidedBy")).isEqualTo("cm-bluegrass");
        JsonArray list = array(Api.get(services(participant), "cm-bluegrass"));
        assertThat(list).as("never deleted").hasSize(1);
        assertThat(missing(list.getJsonObject(0), "voidedAt")).isFalse();
        assertThat(missing(period(participant), "lastServiceDate"))
                .as("recomputed on void")
                .isTrue();
        assertThat(missing(period(participant), "participationDate")).isTrue();

        long lwda = json(Api.get("/participants/" + participant, "cm-bluegrass"))
                .getJsonNumber("lwdaId")
                .longValue();
        List<AuditView> history = stateAdmin.call(() -> audit.history("ServiceRecord", String.valueOf(id), lwda));
        assertThat(history).extracting(AuditView::action).contains(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(history)
                .filteredOn(a -> a.action() == AuditAction.UPDATE)
                .extracting(AuditView::changes)
                .anySatisfy(c -> assertThat(c).contains("Recorded for the wrong person"));
        assertThat(Api.post("/services/" + id + "/void", "cm-bluegrass", "{\"reason\":\"Again\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(Api.put(
                                "/services/" + id,
                                "cm-bluegrass",
                                completed(code("KY", "BC-JOB-SEARCH"), day, day)
                                        .replace(
                                                "{",
                                                "{\"version\":" + json(voided).getJsonNumber("version") + ","))
                        .statusCode())
                .as("a voided service is not changed")
                .isEqualTo(400);
    }

    @Test
    @DisplayName("a change from a stale version answers 409 and keeps the first change")
    void aStaleChangeAnswers409() throws Exception {
        long participant = adult(30);
        long jobSearch = code("KY", "BC-JOB-SEARCH");
        String day = TODAY.minusDays(1).toString();
        JsonObject created = json(Api.post(services(participant), "cm-bluegrass", completed(jobSearch, day, day)));
        String path = "/services/" + created.getJsonNumber("id");
        String version = ",\"version\":" + created.getJsonNumber("version") + "}";
        String first = completed(jobSearch, day, day).replace("}", ",\"note\":\"First\"" + version);
        assertThat(Api.put(path, "cm-bluegrass", first).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = Api.put(
                path, "admin-bluegrass", completed(jobSearch, day, day).replace("}", ",\"note\":\"Second\"" + version));
        assertThat(problem(stale, 409).getString("detail")).contains("cm-bluegrass");
        assertThat(json(Api.get(path, "cm-bluegrass")).getString("note")).isEqualTo("First");
        assertThat(Api.put(path, "cm-bluegrass", completed(jobSearch, day, day)).body())
                .as("a change names the version loaded")
                .contains("\"field\":\"version\"");
    }

    @Test
    @DisplayName("another local area's case manager neither reads nor writes; a monitor reads only")
    void theLwdaRuleAndTheMonitor() throws Exception {
        long participant = adult(30);
        long jobSearch = code("KY", "BC-JOB-SEARCH");
        String day = TODAY.minusDays(1).toString();
        JsonObject created = json(Api.post(services(participant), "cm-bluegrass", completed(jobSearch, day, day)));
        String path = "/services/" + created.getJsonNumber("id");
        String change =
                completed(jobSearch, day, day).replace("}", ",\"version\":" + created.getJsonNumber("version") + "}");
        problem(Api.get(path, "cm-kentuckiana"), 403);
        problem(Api.get(services(participant), "cm-kentuckiana"), 403);
        problem(Api.post(services(participant), "cm-kentuckiana", completed(jobSearch, day, day)), 403);
        problem(Api.put(path, "cm-kentuckiana", change), 403);
        problem(Api.post(path + "/void", "cm-kentuckiana", "{\"reason\":\"Not mine\"}"), 403);
        problem(Api.post(services(participant), "monitor", completed(jobSearch, day, day)), 403);
        problem(Api.put(path, "monitor", change), 403);
        problem(Api.post(path + "/void", "monitor", "{\"reason\":\"Monitor\"}"), 403);
        assertThat(Api.get(path, "monitor").statusCode()).isEqualTo(200);
        assertThat(Api.get("/services/987654321", "cm-bluegrass").statusCode()).isEqualTo(404);
        JsonArray list = array(Api.get(services(participant), "cm-bluegrass"));
        assertThat(list).hasSize(1);
        assertThat(missing(list.getJsonObject(0), "voidedAt")).isTrue();
    }

    @Test
    @DisplayName("quick entry saves every row or none, naming a refused value by its row")
    void quickEntryIsAllOrNothing() throws Exception {
        long first = adult(30);
        long second = adult(30);
        long jobSearch = code("KY", "BC-JOB-SEARCH");
        String day = TODAY.toString();
        String good = completed(jobSearch, day, day);
        String rows = "{\"rows\":[" + row(first, good) + "," + row(second, good) + ","
                + row(second, completed(code("KY", "YE-01"), day, day)) + "]}";
        HttpResponse<String> refused = Api.post("/services/batch", "cm-bluegrass", rows);
        assertThat(problem(refused, 400).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("rows[2].serviceCodeId");
        assertThat(array(Api.get(services(first), "cm-bluegrass")))
                .as("nothing saved")
                .isEmpty();
        assertThat(array(Api.get(services(second), "cm-bluegrass"))).isEmpty();

        HttpResponse<String> saved = Api.post(
                "/services/batch", "cm-bluegrass", "{\"rows\":[" + row(first, good) + "," + row(second, good) + "]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(Json.createReader(new StringReader(saved.body())).readArray())
                .hasSize(2);
        assertThat(array(Api.get(services(first), "cm-bluegrass"))).hasSize(1);
        assertThat(array(Api.get(services(second), "cm-bluegrass"))).hasSize(1);
        assertThat(period(second).getString("participationDate")).isEqualTo(day);
        problem(Api.post("/services/batch", "monitor", "{\"rows\":[" + row(first, good) + "]}"), 403);
    }

    /** An Adult on SNAP in Bluegrass, determined eligible and enrolled {@code daysAgo} days ago. */
    private static long adult(int daysAgo) throws Exception {
        long id = Participants.register("Sam", DOB);
        LocalDate entry = TODAY.minusDays(daysAgo);
        Participants.determine(id, "ADULT", DOB, "\"publicAssistance\":[\"SNAP\"]", entry, "cm-bluegrass");
        HttpResponse<String> enrolled = Api.post(
                "/participants/" + id + "/enrollments",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"entryDate\":\"" + entry + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        return id;
    }

    /** A code added to Kentucky's catalog and deactivated, new on each run. */
    private static long deactivatedCode() throws Exception {
        String code = "BC-OLD-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        HttpResponse<String> added = Api.post(
                "/reference/service-catalog",
                "state-admin",
                "{\"stateCode\":\"KY\",\"code\":\"" + code.substring(0, Math.min(20, code.length()))
                        + "\",\"name\":\"Retired workshop\",\"category\":\"BASIC_CAREER\",\"programs\":[\"ADULT\"],"
                        + "\"participationLevel\":true,\"keepsExitClock\":true}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject saved = json(added);
        HttpResponse<String> deactivated = Api.put(
                "/reference/service-catalog/" + saved.getJsonNumber("id"),
                "state-admin",
                "{\"versionLock\":" + saved.getJsonNumber("versionLock")
                        + ",\"active\":false,\"name\":\"Retired workshop\","
                        + "\"category\":\"BASIC_CAREER\",\"programs\":[\"ADULT\"],\"participationLevel\":true,"
                        + "\"keepsExitClock\":true}");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        return saved.getJsonNumber("id").longValue();
    }

    private static String completed(long code, String start, String end) {
        return "{\"serviceCodeId\":" + code + ",\"status\":\"COMPLETED_SUCCESSFUL\",\"actualStart\":\"" + start
                + "\",\"actualEnd\":\"" + end + "\"}";
    }

    private static String row(long participant, String service) {
        return "{\"participantId\":" + participant + "," + service.substring(1);
    }

    private static String services(long participant) {
        return "/participants/" + participant + "/services";
    }

    /** The participant's one enrollment as the services see it. */
    private static JsonObject period(long participant) throws Exception {
        return array(Api.get(services(participant) + "/enrollments", "cm-bluegrass"))
                .getJsonObject(0);
    }

    private static long code(String state, String code) throws Exception {
        return array(Api.get("/reference/service-catalog?state=" + state + "&deactivated=true", "cm-bluegrass"))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code " + code))
                .getJsonNumber("id")
                .longValue();
    }

    private static void assertField(long participant, String body, String field, String says) throws Exception {
        HttpResponse<String> response = Api.post(services(participant), "cm-bluegrass", body);
        JsonObject problem = problem(response, 400);
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors)
                .extracting(e -> e.getString("field"))
                .as(response.body())
                .containsExactly(field);
        assertThat(response.body()).contains(says);
    }

    /** JSON-B leaves a null value out. */
    private static boolean missing(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
