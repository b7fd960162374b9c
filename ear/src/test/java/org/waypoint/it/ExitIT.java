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
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.AtOnce;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.ExitRuleCases;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.ExitFacts;
import org.waypoint.service.exit.ExitJob;

/**
 * Issue 14, enrollment exit, through the API and on the server: a manual exit with its PIRL 923
 * exclusion and note (400s naming the field, 409 on a stale version, the LWDA rule, audited), common
 * exit, planned gaps in service, "exit approaching" per LWDA, reviews no longer falling due after
 * exit, and the daily job running once a day however many servers fire it.
 */
@ExtendWith(ArquillianExtension.class)
class ExitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ExitIT.class);
    }

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private Probe probe;

    @EJB
    private ExitJob job;

    @Test
    @DisplayName("a manual exit: 400 naming each bad field, the LWDA rule, the exclusion and note kept, audited")
    void aManualExitWithItsExclusion() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject enrollment = enrollments(participant).getJsonObject(0);
        String exit = "/enrollments/" + enrollment.getJsonNumber("id") + "/exit";
        long version = enrollment.getJsonNumber("version").longValue();
        LocalDate today = LocalDate.now();
        String note = ",\"note\":\"Moved to a care home\"";

        assertField(Api.post(exit, "cm-bluegrass", "{\"exitDate\":\"" + today + "\"" + note + "}"), "version");
        assertField(Api.post(exit, "cm-bluegrass", body(today, version, "")), "note");
        assertField(Api.post(exit, "cm-bluegrass", body(today.plusDays(1), version, note)), "exitDate");
        assertField(Api.post(exit, "cm-bluegrass", body(today.minusDays(1), version, note)), "exitDate");
        assertField(Api.post(exit, "cm-bluegrass", "{\"version\":" + version + note + "}"), "exitDate");
        assertField(
                Api.post(exit, "cm-bluegrass", body(today, version, note + ",\"exclusion\":\"RETIRED\"")), "exclusion");
        assertThat(Api.post(exit, "cm-kentuckiana", body(today, version, note)).statusCode())
                .as("another LWDA's case manager")
                .isEqualTo(403);
        assertThat(Api.post(exit, "monitor", body(today, version, note)).statusCode())
                .isEqualTo(403);
        assertThat(Api.post(exit, "cm-bluegrass", body(today, version + 7, note))
                        .statusCode())
                .as("a stale version")
                .isEqualTo(409);
        assertThat(enrollments(participant).getJsonObject(0).containsKey("exitDate"))
                .as("nothing saved")
                .isFalse();

        HttpResponse<String> exited =
                Api.post(exit, "cm-bluegrass", body(today, version, note + ",\"exclusion\":\"institutionalized\""));
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
        JsonObject shown = enrollments(participant).getJsonObject(0);
        assertThat(shown.getString("exitDate")).isEqualTo(today.toString());
        assertThat(shown.getString("exitReason")).isEqualTo("MANUAL");
        assertThat(shown.getString("exitExclusion")).isEqualTo("INSTITUTIONALIZED");
        assertThat(shown.getString("exitNote")).isEqualTo("Moved to a care home");
        assertField(
                Api.post(
                        exit,
                        "cm-bluegrass",
                        body(today, shown.getJsonNumber("version").longValue(), note)),
                "exitDate");

        String number =
                json(Api.get("/participants/" + participant, "cm-bluegrass")).getString("participantNumber");
        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'Enrollment' AND a.entityId = ?1"
                                + " AND a.action = ?2 AND a.actor = 'cm-bluegrass' AND a.changes LIKE '%MANUAL%'",
                        number + "/ADULT", AuditAction.UPDATE))
                .as("the exit is in the audit trail")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, common exit: exiting one program exits the participant's other open programs")
    void commonExitExitsTheOtherPrograms() throws Exception {
        long participant = Participants.eligibleAdult();
        Participants.enroll(participant, "WAGNER_PEYSER");
        JsonObject adult = enrollments(participant).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("program").equals("ADULT"))
                .findFirst()
                .orElseThrow();
        try {
            kentucky("\"commonExit\":true");
            HttpResponse<String> exited = Api.post(
                    "/enrollments/" + adult.getJsonNumber("id") + "/exit",
                    "cm-bluegrass",
                    body(LocalDate.now(), adult.getJsonNumber("version").longValue(), ",\"note\":\"Found a job\""));
            assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
            assertThat(array(exited).getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("program") + " " + e.getString("exitReason"))
                    .containsExactly("ADULT MANUAL", "WAGNER_PEYSER COMMON_EXIT");
        } finally {
            kentucky("\"commonExit\":false");
        }
        assertThat(enrollments(participant).getValuesAs(JsonObject.class))
                .allSatisfy(e -> assertThat(e.getString("exitDate"))
                        .isEqualTo(LocalDate.now().toString()));
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, planned gaps: documented, no overlap, removed with the version read; 400s")
    void plannedGaps() throws Exception {
        long participant = Participants.eligibleAdult();
        String gaps =
                "/enrollments/" + enrollments(participant).getJsonObject(0).getJsonNumber("id") + "/gaps";
        LocalDate today = LocalDate.now();
        String waiting = gap(today.plusDays(10), today.plusDays(70), "Training class starts in March");

        HttpResponse<String> recorded = Api.post(gaps, "cm-bluegrass", waiting);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonObject gap = json(recorded);
        assertThat(gap.getString("recordedBy")).isEqualTo("cm-bluegrass");
        assertField(Api.post(gaps, "cm-bluegrass", gap(today.plusDays(60), today.plusDays(80), "Surgery")), "from");
        assertField(Api.post(gaps, "cm-bluegrass", gap(today.plusDays(90), today.plusDays(80), "Surgery")), "to");
        assertField(Api.post(gaps, "cm-bluegrass", gap(today.plusDays(90), today.plusDays(95), " ")), "reason");
        assertField(Api.post(gaps, "cm-bluegrass", gap(today.minusDays(3), today, "Before entry")), "from");
        assertThat(Api.post(gaps, "cm-kentuckiana", waiting).statusCode()).isEqualTo(403);
        assertThat(array(Api.get(gaps, "monitor"))).hasSize(1);
        try {
            kentucky("\"plannedGapsAllowed\":false");
            assertField(Api.post(gaps, "cm-bluegrass", gap(today.plusDays(90), today.plusDays(95), "Surgery")), "from");
        } finally {
            kentucky("\"plannedGapsAllowed\":true");
        }

        String one = gaps + "/" + gap.getJsonNumber("id");
        assertThat(Api.delete(one + "?version=" + (gap.getJsonNumber("version").longValue() + 3), "cm-bluegrass")
                        .statusCode())
                .isEqualTo(409);
        assertThat(Api.delete(one + "?version=" + gap.getJsonNumber("version"), "cm-bluegrass")
                        .statusCode())
                .isEqualTo(204);
        assertThat(array(Api.get(gaps, "cm-bluegrass"))).isEmpty();
    }

    @Test
    @DisplayName(
            "677.150(c): exit approaching lists the caller's LWDA; a manual exit without a date takes the last service")
    void exitApproachingPerLwda() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate last = today.minusDays(70);
        ExitRuleCases.Written written;
        try (Connection db = dataSource.getConnection()) {
            long bluegrass = probe.count("SELECT l.id FROM Lwda l WHERE l.name = 'Bluegrass'");
            Map<String, Long> codes = Map.of(
                    "true/true",
                    probe.count(
                            "SELECT c.id FROM ServiceCode c WHERE c.state.code = 'KY' AND c.code = 'BC-JOB-SEARCH'"));
            written = ExitRuleCases.write(
                    db,
                    new ExitRuleCases.Case(
                            "approaching exit",
                            new ExitFacts(
                                    today,
                                    false,
                                    true,
                                    List.of(new ExitFacts.Enrollment(1, Program.ADULT, today.minusDays(100), null)),
                                    List.of(new ExitFacts.Service(Program.ADULT, null, last, last, true, true)),
                                    List.of())),
                    today,
                    bluegrass,
                    codes);
        }
        long enrollment = written.enrollmentIds().get(1L);

        JsonObject row = approaching("cm-bluegrass", enrollment);
        assertThat(row).isNotNull();
        assertThat(row.getString("lastServiceDate")).isEqualTo(last.toString());
        assertThat(row.getInt("daysWithoutService")).isEqualTo(69);
        assertThat(row.getString("exitsOn")).isEqualTo(last.plusDays(91).toString());
        assertThat(approaching("state-admin", enrollment)).isNotNull();
        assertThat(approaching("monitor", enrollment)).isNotNull();
        assertThat(approaching("cm-kentuckiana", enrollment)).as("another LWDA").isNull();
        assertThat(Api.post("/exits/run", "state-admin", "").statusCode()).isEqualTo(200);
        assertThat(array(Api.get("/participants/" + written.participantId() + "/enrollments", "cm-bluegrass"))
                        .getJsonObject(0)
                        .getString("lastServiceDate"))
                .as("the job keeps the last day of service")
                .isEqualTo(last.toString());

        HttpResponse<String> exited = Api.post(
                "/enrollments/" + enrollment + "/exit", "cm-bluegrass", "{\"version\":1,\"note\":\"Moved away\"}");
        assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
        assertThat(array(exited).getJsonObject(0).getString("exitDate"))
                .as("the last day of service (20 CFR 677.150(c))")
                .isEqualTo(last.toString());
        assertThat(approaching("cm-bluegrass", enrollment)).isNull();
    }

    @Test
    @DisplayName("Kentucky 24-003 reviews: a plan's review no longer falls due once the participant has exited")
    void reviewsStopFallingDueAfterExit() throws Exception {
        try {
            kentucky("\"planReviewIntervalDays\":10");
            long participant = Participants.eligibleAdult();
            long planId = json(Api.post(
                            "/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"))
                    .getJsonNumber("id")
                    .longValue();
            assertThat(reviewsDue()).as("due in 10 days").contains(planId);
            JsonObject enrollment = enrollments(participant).getJsonObject(0);
            HttpResponse<String> exited = Api.post(
                    "/enrollments/" + enrollment.getJsonNumber("id") + "/exit",
                    "cm-bluegrass",
                    body(LocalDate.now(), enrollment.getJsonNumber("version").longValue(), ",\"note\":\"Employed\""));
            assertThat(exited.statusCode()).as(exited.body()).isEqualTo(200);
            assertThat(reviewsDue()).doesNotContain(planId);
        } finally {
            kentucky("\"planReviewIntervalDays\":90");
        }
    }

    @Test
    @DisplayName("the daily job runs once a day however many servers fire it; a state admin's run answers its counts")
    void theDailyJobRunsOncePerDay() throws Exception {
        probe.nativeUpdate("UPDATE job_lock SET last_run_on = NULL WHERE name = 'exit'");
        long before = runsToday();
        List<Callable<Boolean>> servers = List.of(() -> daily(), () -> daily(), () -> daily());
        AtOnce.run(servers);
        assertThat(runsToday()).as("one run for the day").isEqualTo(before + 1);
        daily();
        assertThat(runsToday()).isEqualTo(before + 1);
        assertThat(probe.nativeList("SELECT last_run_on FROM job_lock WHERE name = 'exit'")
                        .get(0)
                        .toString())
                .isEqualTo(LocalDate.now().toString());

        assertThat(Api.post("/exits/run", "cm-bluegrass", "").statusCode()).isEqualTo(403);
        assertField(Api.post("/exits/run?asOf=" + LocalDate.now().plusDays(1), "state-admin", ""), "asOf");
        assertField(Api.post("/exits/run?asOf=yesterday", "state-admin", ""), "asOf");
        HttpResponse<String> run = Api.post("/exits/run?asOf=" + LocalDate.now(), "state-admin", "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(json(run).getString("asOf")).isEqualTo(LocalDate.now().toString());
        assertThat(json(run).getInt("exited"))
                .as("the day's run exited them already")
                .isZero();
        assertThat(array(Api.get("/exits/runs", "monitor")).getJsonObject(0).getJsonNumber("runId"))
                .isEqualTo(json(run).getJsonNumber("runId"));
    }

    private boolean daily() {
        job.daily();
        return true;
    }

    private long runsToday() {
        return probe.count(
                "SELECT COUNT(r) FROM ExitRun r WHERE r.asOf = ?1 AND r.startedBy = 'exit job'", LocalDate.now());
    }

    private static JsonObject approaching(String user, long enrollmentId) throws Exception {
        HttpResponse<String> list = Api.get("/exits/approaching", user);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return array(list).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("enrollmentId").longValue() == enrollmentId)
                .findFirst()
                .orElse(null);
    }

    private static List<Long> reviewsDue() throws Exception {
        return array(Api.get("/plans/reviews-due", "cm-bluegrass")).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("planId").longValue())
                .toList();
    }

    /** Kentucky's state settings with the field given (the review interval and assessment age as they ship). */
    private static void kentucky(String setting) throws Exception {
        String body = "{\"planReviewIntervalDays\":90,\"assessmentMaxAgeMonths\":6," + setting + "}";
        if (setting.startsWith("\"planReviewIntervalDays\"")) {
            body = "{\"assessmentMaxAgeMonths\":6," + setting + "}";
        }
        HttpResponse<String> saved = Api.put("/reference/states/KY", "state-admin", body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static String body(LocalDate exitDate, long version, String more) {
        return "{\"exitDate\":\"" + exitDate + "\",\"version\":" + version + more + "}";
    }

    private static String gap(LocalDate from, LocalDate to, String reason) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"reason\":\"" + reason + "\"}";
    }

    private static JsonArray enrollments(long participant) throws Exception {
        return array(Api.get("/participants/" + participant + "/enrollments", "cm-bluegrass"));
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
