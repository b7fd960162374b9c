package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.ExitRuleCases;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.ExitFacts;
import org.waypoint.service.followup.FollowUpRules;

/**
 * Issue 15, follow-up after exit, through the API and on the server: a youth from a staff exit
 * through four quarterly contacts to completed (20 CFR 681.580), with employment verified (TEGL
 * 23-19) and a follow-up service saved as a service record; an Adult closed as not required under
 * the employed-exiters policy (Georgia 3.3.1 I.E); a declined youth, a void that reopens, and a
 * period closed as unreachable; bad input answered 400 naming the field with nothing saved; the
 * LWDA rule; a stale version 409; and the daily exit job opening periods for the exits it makes.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FollowUpIT.class);
    }

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private Probe probe;

    @Test
    @DisplayName("681.580: a youth from exit through contacts in Q1..Q4 to completed; services saved as records")
    void aYouthThroughFourQuarters() throws Exception {
        long youth = Participants.eligibleYouth(null);
        exitToday(youth);
        JsonObject period = only(youth);
        assertThat(period.getString("program")).isEqualTo("YOUTH_OUT_OF_SCHOOL");
        assertThat(period.getString("status")).isEqualTo("OPEN");
        assertThat(period.getString("endsOn"))
                .isEqualTo(FollowUpRules.endsOn(LocalDate.now()).toString());
        long id = period.getJsonNumber("id").longValue();

        LocalDate exit = LocalDate.now().minusMonths(16); // as if the exit was sixteen months ago
        backdate(id, exit);
        long followUpCode = code("YE-09");
        String contacts = "/follow-ups/" + id + "/contacts";
        LocalDate q1 = FollowUpRules.dueBy(exit, 1).minusDays(5);
        HttpResponse<String> first = Api.post(
                contacts,
                "cm-bluegrass",
                "{\"contactDate\":\"" + q1 + "\",\"method\":\"PHONE\",\"outcome\":\"REACHED\","
                        + "\"employmentStatus\":\"EMPLOYED\",\"employer\":\"Bluegrass Dental\",\"employmentStart\":\""
                        + q1.minusDays(20) + "\",\"socCode\":\"31-9091\",\"hourlyWage\":15.25,\"weeklyHours\":32.5,"
                        + "\"verification\":\"PAY_STUB\",\"youthPlacement\":\"OCCUPATIONAL_SKILLS_TRAINING\","
                        + "\"services\":[{\"serviceCodeId\":" + followUpCode + ",\"serviceDate\":\"" + q1 + "\"}],"
                        + "\"version\":" + version(period) + "}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        period = json(first);
        JsonObject contact = period.getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.getInt("quarter")).isEqualTo(1);
        assertThat(contact.getString("staff")).isEqualTo("cm-bluegrass");
        assertThat(contact.getString("socCode")).isEqualTo("31-9091");
        assertThat(contact.getJsonNumber("hourlyWage").bigDecimalValue()).isEqualByComparingTo("15.25");
        assertThat(states(period)).startsWith("DONE");
        assertThat(Api.get("/participants/" + youth + "/services", "cm-bluegrass")
                        .body())
                .as("the follow-up service is a service record")
                .contains("YE-09");

        period = contact(id, period, FollowUpRules.dueBy(exit, 2).minusDays(20), "UNREACHABLE");
        assertThat(states(period)).isEqualTo(List.of("DONE", "OVERDUE", "OVERDUE", "OVERDUE"));
        period = contact(id, period, FollowUpRules.dueBy(exit, 2).minusDays(3), "REACHED");
        period = contact(id, period, FollowUpRules.dueBy(exit, 3).minusDays(3), "REACHED");
        assertThat(period.getString("status")).isEqualTo("OPEN");
        period = contact(id, period, FollowUpRules.dueBy(exit, 4).minusDays(3), "REACHED");
        assertThat(period.getString("status")).isEqualTo("COMPLETED");
        assertThat(states(period)).isEqualTo(List.of("DONE", "DONE", "DONE", "DONE"));
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        body(FollowUpRules.dueBy(exit, 4).minusDays(1), "REACHED", version(period))),
                "status");
        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'FollowUpContact' AND a.actor = 'cm-bluegrass'"
                                + " AND a.changes LIKE '%Bluegrass Dental%'"))
                .as("contacts are audited")
                .isGreaterThanOrEqualTo(1);

        // the same youth's outcomes beside the follow-up: a credential and a skill gain on the exit day
        String exitDay = exit.toString();
        HttpResponse<String> credential = Api.post(
                "/participants/" + youth + "/credentials",
                "cm-bluegrass",
                "{\"credentialType\":\"SECONDARY_DIPLOMA\",\"name\":\"GED\",\"attainedOn\":\"" + exitDay
                        + "\",\"evidenceKind\":\"COPY_OF_CREDENTIAL\",\"evidenceDescription\":\"GED transcript\"}");
        assertThat(credential.statusCode()).as(credential.body()).isEqualTo(201);
        HttpResponse<String> gain = Api.post(
                "/participants/" + youth + "/skill-gains",
                "cm-bluegrass",
                "{\"gainType\":\"TRAINING_MILESTONE\",\"achievedOn\":\"" + exitDay
                        + "\",\"evidenceKind\":\"PROVIDER_RECORD\",\"evidenceDescription\":\"Employer's progress report\"}");
        assertThat(gain.statusCode()).as(gain.body()).isEqualTo(201);
        assertThat(Api.get("/participants/" + youth + "/credentials", "cm-bluegrass")
                        .body())
                .contains("GED");
        assertThat(Api.get("/participants/" + youth + "/skill-gains", "cm-bluegrass")
                        .body())
                .contains("TRAINING_MILESTONE");
    }

    @Test
    @DisplayName("Georgia 3.3.1 I.E policy: a reached Adult not employed is closed as not required; NONE opens none")
    void employedExitersOnly() throws Exception {
        try {
            kentucky("EMPLOYED_EXITERS");
            long adult = Participants.eligibleAdult();
            exitToday(adult);
            JsonObject period = only(adult);
            HttpResponse<String> reached = Api.post(
                    "/follow-ups/" + period.getJsonNumber("id") + "/contacts",
                    "cm-bluegrass",
                    "{\"contactDate\":\"" + LocalDate.now() + "\",\"method\":\"EMAIL\",\"outcome\":\"REACHED\","
                            + "\"employmentStatus\":\"NOT_EMPLOYED\",\"version\":" + version(period) + "}");
            assertThat(reached.statusCode()).as(reached.body()).isEqualTo(201);
            assertThat(json(reached).getString("status")).isEqualTo("NOT_REQUIRED");
            assertThat(json(reached).getString("closeReason")).contains("Georgia 3.3.1 I.E");

            kentucky("NONE");
            long other = Participants.eligibleAdult();
            exitToday(other);
            assertThat(array(Api.get("/participants/" + other + "/follow-ups", "cm-bluegrass")))
                    .as("20 CFR 680.150: the state follows up no Adult exiter")
                    .isEmpty();
        } finally {
            kentucky("ALL_EXITERS");
        }
    }

    @Test
    @DisplayName("a youth who declines is recorded as such; a void reopens; unreachable only after attempts")
    void declinedAndUnreachable() throws Exception {
        long youth = Participants.eligibleYouth(null);
        exitToday(youth);
        JsonObject period = only(youth);
        long id = period.getJsonNumber("id").longValue();
        period = contact(id, period, LocalDate.now(), "DECLINED");
        assertThat(period.getString("status")).isEqualTo("DECLINED");
        assertThat(period.getString("closeReason")).contains("681.580");

        long contactId = period.getJsonArray("contacts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertField(
                Api.post("/follow-up-contacts/" + contactId + "/void", "cm-bluegrass", "{\"reason\":\" \"}"), "reason");
        HttpResponse<String> voided = Api.post(
                "/follow-up-contacts/" + contactId + "/void",
                "cm-bluegrass",
                "{\"reason\":\"Recorded for the wrong participant\",\"version\":" + version(period) + "}");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        period = json(voided);
        assertThat(period.getString("status")).as("the void reopens the period").isEqualTo("OPEN");
        assertThat(period.getJsonArray("contacts").getJsonObject(0).getBoolean("voided"))
                .isTrue();

        String close = "/follow-ups/" + id + "/close";
        assertField(
                Api.post(
                        close,
                        "cm-bluegrass",
                        "{\"status\":\"UNREACHABLE\",\"reason\":\"No answer\",\"version\":" + version(period) + "}"),
                "status");
        assertField(
                Api.post(
                        close,
                        "cm-bluegrass",
                        "{\"status\":\"COMPLETED\",\"reason\":\"x\",\"version\":" + version(period) + "}"),
                "status");
        period = contact(id, period, LocalDate.now(), "UNREACHABLE");
        HttpResponse<String> closed = Api.post(
                close,
                "cm-bluegrass",
                "{\"status\":\"UNREACHABLE\",\"reason\":\"Phone disconnected; letters returned\",\"version\":"
                        + version(period) + "}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).getString("status")).isEqualTo("UNREACHABLE");
        assertThat(json(closed).getString("closedBy")).isEqualTo("cm-bluegrass");
    }

    @Test
    @DisplayName("400 naming the field, nothing saved; another LWDA 403; a stale version 409 naming who saved")
    void badInputIsolationAndStaleVersions() throws Exception {
        long youth = Participants.eligibleYouth(null);
        exitToday(youth);
        JsonObject period = only(youth);
        long id = period.getJsonNumber("id").longValue();
        String contacts = "/follow-ups/" + id + "/contacts";
        long v = version(period);
        String today = LocalDate.now().toString();
        String reached = "{\"contactDate\":\"" + today + "\",\"method\":\"PHONE\",\"outcome\":\"REACHED\",";

        assertField(Api.post(contacts, "cm-bluegrass", body(LocalDate.now().plusDays(1), "REACHED", v)), "contactDate");
        assertField(
                Api.post(contacts, "cm-bluegrass", body(LocalDate.now().minusDays(1), "REACHED", v)), "contactDate");
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        "{\"contactDate\":\"" + today
                                + "\",\"method\":\"PHONE\",\"outcome\":\"UNREACHABLE\",\"employer\":\"Acme\",\"version\":"
                                + v + "}"),
                "employer");
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        reached + "\"employmentStatus\":\"EMPLOYED\",\"verification\":\"EMPLOYER\","
                                + "\"hourlyWage\":12.345,\"version\":" + v + "}"),
                "hourlyWage");
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        reached + "\"employmentStatus\":\"EMPLOYED\",\"verification\":\"EMPLOYER\","
                                + "\"weeklyHours\":169,\"version\":" + v + "}"),
                "weeklyHours");
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        reached + "\"employmentStatus\":\"EMPLOYED\",\"verification\":\"EMPLOYER\","
                                + "\"socCode\":\"99-9999\",\"version\":" + v + "}"),
                "socCode");
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        "{\"contactDate\":\"" + today + "\",\"method\":\"PIGEON\",\"outcome\":\"REACHED\",\"version\":"
                                + v + "}"),
                "method");
        assertField(
                Api.post(
                        contacts,
                        "cm-bluegrass",
                        reached + "\"services\":[{\"serviceCodeId\":" + code("BC-JOB-SEARCH") + ",\"serviceDate\":\""
                                + today + "\"}],\"version\":" + v + "}"),
                "services[0].serviceCodeId");
        assertField(Api.post(contacts, "cm-bluegrass", reached + "\"note\":\"x\"}"), "version");
        assertThat(only(youth).getJsonArray("contacts")).as("nothing saved").isEmpty();

        assertThat(Api.get("/participants/" + youth + "/follow-ups", "cm-kentuckiana")
                        .statusCode())
                .as("another LWDA")
                .isEqualTo(403);
        assertThat(Api.post(contacts, "cm-kentuckiana", body(LocalDate.now(), "REACHED", v))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post(contacts, "monitor", body(LocalDate.now(), "REACHED", v))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/follow-ups/" + id, "monitor").statusCode()).isEqualTo(200);
        assertThat(Api.get("/follow-ups/987654321", "cm-bluegrass").statusCode())
                .isEqualTo(404);

        JsonObject saved = contact(id, period, LocalDate.now(), "UNREACHABLE");
        assertThat(version(saved)).isGreaterThan(v);
        HttpResponse<String> stale = Api.post(contacts, "admin-bluegrass", body(LocalDate.now(), "REACHED", v));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("cm-bluegrass");
    }

    @Test
    @DisplayName("the daily exit job opens the follow-up period of each exit it makes, in the same run")
    void theExitJobOpensPeriods() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate last = today.minusDays(100);
        ExitRuleCases.Written written;
        try (Connection db = dataSource.getConnection()) {
            long bluegrass = probe.count("SELECT l.id FROM Lwda l WHERE l.name = 'Bluegrass'");
            Map<String, Long> codes = Map.of("true/true", code("BC-JOB-SEARCH"));
            written = ExitRuleCases.write(
                    db,
                    new ExitRuleCases.Case(
                            "exits by the rule",
                            new ExitFacts(
                                    today,
                                    false,
                                    true,
                                    List.of(new ExitFacts.Enrollment(1, Program.ADULT, today.minusDays(200), null)),
                                    List.of(new ExitFacts.Service(Program.ADULT, null, last, last, true, true)),
                                    List.of())),
                    today,
                    bluegrass,
                    codes);
        }
        long enrollment = written.enrollmentIds().get(1L);
        HttpResponse<String> run = Api.post("/exits/run?asOf=" + today, "state-admin", "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        JsonObject period = only(written.participantId());
        assertThat(period.getJsonNumber("enrollmentId").longValue()).isEqualTo(enrollment);
        assertThat(period.getString("exitDate")).isEqualTo(last.toString());
        assertThat(period.getString("endsOn"))
                .isEqualTo(FollowUpRules.endsOn(last).toString());
        assertThat(period.getString("status")).isEqualTo("OPEN");
        HttpResponse<String> again = Api.post("/exits/run?asOf=" + today, "state-admin", "");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(array(Api.get("/participants/" + written.participantId() + "/follow-ups", "cm-bluegrass")))
                .as("one period per exit")
                .hasSize(1);
    }

    private JsonObject contact(long id, JsonObject period, LocalDate date, String outcome) throws Exception {
        HttpResponse<String> saved =
                Api.post("/follow-ups/" + id + "/contacts", "cm-bluegrass", body(date, outcome, version(period)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return json(saved);
    }

    /** Moves a period (and its enrollment) back as if the exit had been on {@code exit}. */
    private void backdate(long followUpId, LocalDate exit) {
        probe.nativeUpdate("UPDATE enrollment SET entry_date = DATE '" + exit.minusMonths(6) + "', exit_date = DATE '"
                + exit + "' WHERE id = (SELECT enrollment_id FROM follow_up WHERE id = " + followUpId + ")");
        probe.nativeUpdate("UPDATE follow_up SET exit_date = DATE '" + exit + "', ends_on = DATE '"
                + FollowUpRules.endsOn(exit) + "' WHERE id = " + followUpId);
    }

    private static void exitToday(long participant) throws Exception {
        JsonObject enrollment = array(Api.get("/participants/" + participant + "/enrollments", "cm-bluegrass"))
                .getJsonObject(0);
        HttpResponse<String> exited = Api.post(
                "/enrollments/" + enrollment.getJsonNumber("id") + "/exit",
                "cm-bluegrass",
                "{\"exitDate\":\"" + LocalDate.now() + "\",\"note\":\"Completed services\",\"version\":"
                        + enrollment.getJsonNumber("version") + "}");
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
    }

    private static JsonObject only(long participant) throws Exception {
        HttpResponse<String> list = Api.get("/participants/" + participant + "/follow-ups", "cm-bluegrass");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonArray periods = array(list);
        assertThat(periods).hasSize(1);
        return periods.getJsonObject(0);
    }

    private static long code(String code) throws Exception {
        return array(Api.get("/reference/service-catalog?state=KY", "cm-bluegrass"))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static void kentucky(String adultFollowUp) throws Exception {
        HttpResponse<String> saved = Api.put(
                "/reference/states/KY",
                "state-admin",
                "{\"planReviewIntervalDays\":90,\"assessmentMaxAgeMonths\":6,\"adultFollowUp\":\"" + adultFollowUp
                        + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static String body(LocalDate date, String outcome, long version) {
        return "{\"contactDate\":\"" + date + "\",\"method\":\"PHONE\",\"outcome\":\"" + outcome + "\",\"version\":"
                + version + "}";
    }

    private static List<String> states(JsonObject period) {
        return period.getJsonArray("quarters").getValuesAs(JsonObject.class).stream()
                .map(q -> q.getString("state"))
                .toList();
    }

    private static long version(JsonObject period) {
        return period.getJsonNumber("version").longValue();
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
