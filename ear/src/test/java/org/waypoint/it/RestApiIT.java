package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.TestFixture;

/**
 * The REST API as another agency system sees it: the same accounts over HTTP Basic, the same LWDA
 * rules as the pages, and every error as RFC 9457 problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void healthAnswersWithoutLogin() throws Exception {
        HttpResponse<String> response = Api.get("/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = json(response);
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getJsonObject(0).getString("name"))
                .isEqualTo("database");
        assertThat(body.getJsonArray("checks").getJsonObject(0).getString("status"))
                .isEqualTo("UP");
        assertThat(response.body()).as("no version for a caller without login").doesNotContain("ersion");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("a call the role may not make is refused in one log line, never a stack trace")
    void aRefusalWritesOneLogLine() throws Exception {
        // the test server's log file, as the client side sees it (the build says where: WildFly's or Payara's)
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("waypoint.it.server.log"));
        long before = java.nio.file.Files.size(log);
        HttpResponse<String> refused = Api.post(
                "/participants",
                "monitor",
                "{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"dateOfBirth\":\"1990-01-01\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        Thread.sleep(300); // the file handler writes as it logs; a moment for the line to land
        String added;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(before);
            byte[] bytes = new byte[(int) (file.length() - before)];
            file.readFully(bytes);
            added = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(added).contains("Refused with 403: monitor POST").doesNotContain("WFLYEJB0034");
        assertThat(added.lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by")))
                .as("no stack trace")
                .isEmpty();
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJson() throws Exception {
        HttpResponse<String> response = Api.get("/participants", null);
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as("the security headers on a 401 too")
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertProblem(response, 401);
    }

    @Test
    void eachRoleSignsInWithBasicAuthentication() throws Exception {
        for (String user :
                new String[] {"cm-bluegrass", "cm-kentuckiana", "admin-bluegrass", "state-admin", "monitor"}) {
            HttpResponse<String> response = Api.get("/me", user);
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            assertThat(json(response).getString("username")).isEqualTo(user);
        }
        assertThat(json(Api.get("/me", "cm-bluegrass")).getString("lwdaName")).isEqualTo("Bluegrass");
        assertThat(json(Api.get("/me", "monitor")).getString("role")).isEqualTo("MONITOR");
    }

    @Test
    void caseManagerCannotReadOrChangeAnotherLwdasParticipant() throws Exception {
        long kentuckiana = participantId("cm-kentuckiana", TestFixture.KENTUCKIANA_PARTICIPANT);
        HttpResponse<String> read = Api.get("/participants/" + kentuckiana, "cm-bluegrass");
        assertThat(read.statusCode()).isEqualTo(403);
        assertProblem(read, 403);

        JsonObject before = json(Api.get("/participants/" + kentuckiana, "cm-kentuckiana"));
        HttpResponse<String> change = Api.put(
                "/participants/" + kentuckiana,
                "cm-bluegrass",
                "{\"firstName\":\"Hijacked\",\"lastName\":\"Name\",\"dateOfBirth\":\"1990-05-17\",\"version\":"
                        + before.getJsonNumber("version").longValue() + "}");
        assertThat(change.statusCode()).isEqualTo(403);
        JsonObject after = json(Api.get("/participants/" + kentuckiana, "cm-kentuckiana"));
        assertThat(after.getString("firstName")).isEqualTo(before.getString("firstName"));

        assertThat(Api.get("/participants/" + kentuckiana, "monitor").statusCode())
                .isEqualTo(200);
        assertThat(Api.get("/participants/" + kentuckiana, "state-admin").statusCode())
                .isEqualTo(200);
    }

    @Test
    void monitorMayNotChangeAnything() throws Exception {
        HttpResponse<String> response = Api.post(
                "/participants", "monitor", "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"1990-01-01\"}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
    }

    @Test
    void unknownParticipantAnswers404() throws Exception {
        HttpResponse<String> response = Api.get("/participants/987654321", "state-admin");
        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404);
        assertThat(Api.get("/no-such-resource", "state-admin").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputAnswers400NamingEachFieldAndSavesNothing() throws Exception {
        int before = array(Api.get("/participants?max=200", "cm-bluegrass")).size();
        HttpResponse<String> response = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"\",\"lastName\":\"Fields\",\"dateOfBirth\":\"2999-01-01\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = assertProblem(response, 400);
        // a date beyond 2100 is refused as the body is read (issue 18), before the service's own checks
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("dateOfBirth");
        HttpResponse<String> blankName = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"\",\"lastName\":\"Fields\",\"dateOfBirth\":\"1990-01-01\"}");
        assertThat(assertProblem(blankName, 400).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("firstName");
        assertThat(array(Api.get("/participants?max=200", "cm-bluegrass")).size())
                .isEqualTo(before);

        HttpResponse<String> malformedDate = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"05/17/1990\"}");
        assertThat(malformedDate.statusCode()).isEqualTo(400);
        assertThat(malformedDate.body()).contains("dateOfBirth");

        HttpResponse<String> notJson = Api.post("/participants", "cm-bluegrass", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertProblem(notJson, 400);
    }

    @Test
    void aStaleVersionAnswers409() throws Exception {
        String last = "Porter" + System.nanoTime();
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Sky\",\"lastName\":\"" + last + "\",\"dateOfBirth\":\"1992-02-02\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        JsonObject participant = json(created);
        long id = participant.getJsonNumber("id").longValue();
        long version = participant.getJsonNumber("version").longValue();

        String body = "{\"firstName\":\"Skye\",\"lastName\":\"" + last
                + "\",\"dateOfBirth\":\"1992-02-02\",\"version\":" + version + "}";
        assertThat(Api.put("/participants/" + id, "admin-bluegrass", body).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = Api.put("/participants/" + id, "cm-bluegrass", body);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(assertProblem(stale, 409).getString("detail")).contains("admin-bluegrass");
    }

    @Test
    void aSecondRegistrationOfTheSamePersonAnswers409WithTheMatch() throws Exception {
        String body =
                "{\"firstName\":\"Dee\",\"lastName\":\"Dupe" + System.nanoTime() + "\",\"dateOfBirth\":\"1985-05-05\"}";
        assertThat(Api.post("/participants", "cm-bluegrass", body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = Api.post("/participants", "cm-bluegrass", body);
        assertThat(again.statusCode()).isEqualTo(409);
        JsonObject problem = assertProblem(again, 409);
        assertThat(problem.getJsonArray("matches")).hasSize(1);
        assertThat(problem.getBoolean("canConfirm")).isTrue();
        assertThat(Api.post("/participants?confirmDifferentPerson=true", "cm-bluegrass", body)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void unknownCodesAndAMalformedSsnAreNamedAndNothingIsSaved() throws Exception {
        HttpResponse<String> response = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Al\",\"lastName\":\"Codes\",\"dateOfBirth\":\"1980-01-01\",\"sex\":\"Q\","
                        + "\"barriers\":[\"NOT_A_BARRIER\"]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(assertProblem(response, 400).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("sex", "barriers");
        HttpResponse<String> ssn = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Al\",\"lastName\":\"Ssn\",\"dateOfBirth\":\"1980-01-01\",\"ssn\":\"987-65\"}");
        assertThat(ssn.statusCode()).isEqualTo(400);
        assertThat(ssn.body()).contains("\"field\":\"ssn\"").doesNotContain("987-65");
    }

    @Test
    void notesAndTheSsnRevealGoThroughTheApiWithTheSameRules() throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Api\",\"lastName\":\"Notes" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1991-03-03\",\"ssn\":\"" + (200 + System.nanoTime() % 300) + "-55-"
                        + (1000 + System.nanoTime() % 8999) + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject participant = json(created);
        long id = participant.getJsonNumber("id").longValue();
        assertThat(participant.getString("ssnMasked")).startsWith("***-**-");

        HttpResponse<String> note = Api.post(
                "/participants/" + id + "/notes",
                "cm-bluegrass",
                "{\"contactDate\":\"2026-11-20\",\"category\":\"CONTACT\",\"text\":\"Called about orientation.\"}");
        assertThat(note.statusCode()).isEqualTo(201);
        assertThat(array(Api.get("/participants/" + id + "/notes", "cm-bluegrass")))
                .hasSize(1);
        assertThat(Api.get("/participants/" + id + "/notes", "cm-kentuckiana").statusCode())
                .isEqualTo(403);

        HttpResponse<String> reveal = Api.post("/participants/" + id + "/ssn", "cm-bluegrass", "");
        assertThat(reveal.statusCode()).isEqualTo(200);
        assertThat(json(reveal).getString("ssn")).matches("\\d{3}-\\d{2}-\\d{4}");
        assertThat(Api.post("/participants/" + id + "/ssn", "monitor", "").statusCode())
                .isEqualTo(403);
    }

    private static long participantId(String user, String number) throws Exception {
        JsonArray page = array(Api.get("/participants?max=200", user));
        return page.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("participantNumber").equals(number))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
