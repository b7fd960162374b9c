package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
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
import org.waypoint.it.support.Trainees;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.ExitFacts;
import org.waypoint.service.followup.FollowUpRules;

/**
 * Issue 15, the task list over the API and on the server: items appear and leave as their records
 * change (a plan started then signed, a plan review falling due, a follow-up quarter without then
 * with a contact, an eligible determination then the enrollment, a supportive service decided), the
 * LWDA admin's per-case-manager view, and LWDA isolation. Each test looks only at its own
 * participants, so it holds on a database shared with other tests.
 */
@ExtendWith(ArquillianExtension.class)
class TaskListIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TaskListIT.class);
    }

    @EJB
    private Probe probe;

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Test
    @DisplayName("a started plan is unsigned until signed; its review shows once due and leaves once reviewed")
    void unsignedPlanAndReview() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject plan = Trainees.startIep(participant);
        long planId = plan.getJsonNumber("id").longValue();

        List<JsonObject> unsigned = items("UNSIGNED_PLAN", participant);
        assertThat(unsigned).hasSize(1);
        assertThat(unsigned.get(0).getString("outcome")).isEqualTo("plans/edit.xhtml?id=" + planId);
        assertThat(unsigned.get(0).getString("participantNumber")).isNotBlank();
        assertThat(items("PLAN_REVIEW", participant))
                .as("started today, due in 90 days")
                .isEmpty();

        Trainees.completeAndSign(participant, plan);
        assertThat(items("UNSIGNED_PLAN", participant)).as("signed").isEmpty();

        // The plan started and was signed 100 days ago (Kentucky's 90-day review): overdue.
        probe.nativeUpdate("UPDATE plan SET created_at = created_at - INTERVAL '100' DAY WHERE id = " + planId);
        probe.nativeUpdate(
                "UPDATE plan_version SET signed_at = signed_at - INTERVAL '100' DAY WHERE plan_id = " + planId);
        List<JsonObject> reviews = items("PLAN_REVIEW", participant);
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).getBoolean("overdue")).isTrue();
        assertThat(reviews.get(0).getString("outcome")).isEqualTo("plans/history.xhtml?id=" + planId);

        probe.nativeUpdate("INSERT INTO plan_review (id, plan_id, version_number, reviewed_on, progress, reviewed_by,"
                + " recorded_at) VALUES (" + planId + ", " + planId + ", 1, CURRENT_DATE, 'On track', 'cm-bluegrass',"
                + " CURRENT_TIMESTAMP)");
        assertThat(items("PLAN_REVIEW", participant)).as("reviewed today").isEmpty();
    }

    @Test
    @DisplayName("a follow-up quarter without a contact is due, linked to its contact page; a contact takes it off")
    void followUpContact() throws Exception {
        long participant = Participants.eligibleAdult();
        long enrollment = ((Number) probe.nativeList("SELECT id FROM enrollment WHERE participant_id = " + participant)
                        .get(0))
                .longValue();
        LocalDate exit = LocalDate.now().minusDays(200);
        LocalDate endsOn = FollowUpRules.dueBy(exit, 4);
        // The follow-up period as the follow-up service opens it (V20); the id is the participant's, unique.
        probe.nativeUpdate("INSERT INTO follow_up (id, enrollment_id, participant_id, program, exit_date, ends_on,"
                + " status, opened_at, version) VALUES (" + participant + ", " + enrollment + ", " + participant
                + ", 'ADULT', DATE '" + exit + "', DATE '" + endsOn + "', 'OPEN', CURRENT_TIMESTAMP, 1)");

        List<JsonObject> due = items("FOLLOW_UP_CONTACT", participant);
        assertThat(due).extracting(i -> i.getString("detail")).contains("Q1");
        JsonObject q1 = due.stream()
                .filter(i -> i.getString("detail").equals("Q1"))
                .findFirst()
                .orElseThrow();
        assertThat(q1.getString("outcome"))
                .isEqualTo("participants/follow-up-contact.xhtml?followUp=" + participant + "&quarter=1&from=tasks");
        assertThat(q1.getBoolean("overdue")).isTrue();
        assertThat(q1.getString("date")).isEqualTo(FollowUpRules.dueBy(exit, 1).toString());

        probe.nativeUpdate("INSERT INTO follow_up_contact (id, follow_up_id, quarter, contact_date, method, outcome,"
                + " created_at, version) VALUES (" + enrollment + ", " + participant + ", 1, CURRENT_DATE, 'PHONE',"
                + " 'REACHED', CURRENT_TIMESTAMP, 1)");
        assertThat(items("FOLLOW_UP_CONTACT", participant))
                .extracting(i -> i.getString("detail"))
                .doesNotContain("Q1");

        probe.nativeUpdate("UPDATE follow_up_contact SET voided_at = CURRENT_TIMESTAMP, void_reason = 'Wrong person'"
                + " WHERE id = " + enrollment);
        assertThat(items("FOLLOW_UP_CONTACT", participant))
                .as("a voided contact does not count")
                .extracting(i -> i.getString("detail"))
                .contains("Q1");

        probe.nativeUpdate("INSERT INTO follow_up_contact (id, follow_up_id, quarter, contact_date, method, outcome,"
                + " created_at, version) VALUES (" + (-enrollment) + ", " + participant + ", 1, CURRENT_DATE, 'PHONE',"
                + " 'UNREACHABLE', CURRENT_TIMESTAMP, 1)");
        assertThat(items("FOLLOW_UP_CONTACT", participant))
                .as("an attempt that did not reach the person leaves the quarter due, as the Follow-up tab shows it")
                .extracting(i -> i.getString("detail"))
                .contains("Q1");

        probe.nativeUpdate("UPDATE follow_up SET status = 'DECLINED', closed_on = CURRENT_DATE,"
                + " close_reason = 'Declined further contact' WHERE id = " + participant);
        assertThat(items("FOLLOW_UP_CONTACT", participant))
                .as("the period closed")
                .isEmpty();
    }

    @Test
    @DisplayName("eligible but not enrolled until the enrollment; a decided approval shows for its case manager")
    void eligibleThenEnrolledAndApprovalDecided() throws Exception {
        long participant = Participants.register("Tasha", "1988-03-02");
        Participants.determine(participant, "ADULT", "1988-03-02", "\"publicAssistance\":[\"SNAP\"]");
        List<JsonObject> eligible = items("ELIGIBLE_NOT_ENROLLED", participant);
        assertThat(eligible).hasSize(1);
        assertThat(eligible.get(0).getString("detail")).isEqualTo("ADULT");
        assertThat(eligible.get(0).getString("outcome")).isEqualTo("participants/view.xhtml?id=" + participant);

        Participants.enroll(participant, "ADULT");
        assertThat(items("ELIGIBLE_NOT_ENROLLED", participant)).as("enrolled").isEmpty();

        Trainees.transportationLimit(300);
        HttpResponse<String> requested = Api.post(
                "/participants/" + participant + "/supportive-services",
                "cm-bluegrass",
                "{\"serviceCode\":\"SUP-TRANSPORTATION\",\"amount\":400,\"providedOn\":\"" + LocalDate.now()
                        + "\",\"vendor\":\"LexTran\",\"need\":\"Gas card for clinical rotations\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonObject pending = json(requested);
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        assertThat(items("APPROVAL_DECIDED", participant)).as("not decided yet").isEmpty();

        HttpResponse<String> decided = Api.post(
                "/approvals/" + pending.getJsonNumber("id"),
                "admin-bluegrass",
                "{\"approve\":false,\"reason\":\"Over the annual amount\",\"version\":"
                        + pending.getJsonNumber("version") + "}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        List<JsonObject> approvals = items("APPROVAL_DECIDED", participant);
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0).getString("detail")).isEqualTo("DENIED");
        assertThat(approvals.get(0).getString("outcome"))
                .isEqualTo("participants/support.xhtml?participant=" + participant);
    }

    @Test
    @DisplayName("677.150(c): 60+ days without service puts an enrollment on the list; a service going on keeps it off")
    void exitApproaching() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate last = today.minusDays(70);
        ExitFacts.Service delivered = new ExitFacts.Service(Program.ADULT, null, last, last, true, true);
        long idle = caseOf("idle 70 days", today, List.of(delivered));
        long inTraining = caseOf(
                "in training",
                today,
                List.of(delivered, new ExitFacts.Service(Program.ADULT, null, last, null, true, true)));
        long planned = caseOf(
                "a service planned",
                today,
                List.of(delivered, new ExitFacts.Service(Program.ADULT, today.plusDays(5), null, null, true, true)));

        List<JsonObject> items = items("EXIT_APPROACHING", idle);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).getString("date")).isEqualTo(last.toString());
        assertThat(items("EXIT_APPROACHING", inTraining))
                .as("a service going on")
                .isEmpty();
        assertThat(items("EXIT_APPROACHING", planned)).as("a service planned").isEmpty();
    }

    @Test
    @DisplayName(
            "677.150(c): a service planned on the services page keeps an idle enrollment off the list; voided, it is back")
    void exitApproachingFollowsTheServicesRecorded() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate last = today.minusDays(70);
        long participant = caseOf(
                "planned, then voided",
                today,
                List.of(new ExitFacts.Service(Program.ADULT, null, last, last, true, true)));
        assertThat(items("EXIT_APPROACHING", participant)).hasSize(1);

        long jobSearch =
                probe.count("SELECT c.id FROM ServiceCode c WHERE c.state.code = 'KY' AND c.code = 'BC-JOB-SEARCH'");
        HttpResponse<String> planned = Api.post(
                "/participants/" + participant + "/services",
                "cm-bluegrass",
                "{\"serviceCodeId\":" + jobSearch + ",\"status\":\"PLANNED\",\"plannedStart\":\"" + today.plusDays(7)
                        + "\"}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        assertThat(items("EXIT_APPROACHING", participant))
                .as("a service planned")
                .isEmpty();

        HttpResponse<String> voided = Api.post(
                "/services/" + json(planned).getJsonNumber("id").longValue() + "/void",
                "cm-bluegrass",
                "{\"reason\":\"Planned for the wrong person\"}");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(items("EXIT_APPROACHING", participant))
                .as("the planned service voided")
                .hasSize(1);
    }

    @Test
    @DisplayName("a list read twice is the same; a name corrected by someone else shows on the next read")
    void keptListFollowsAnotherUsersWrite() throws Exception {
        long participant = Participants.eligibleAdult();
        Trainees.startIep(participant);
        JsonObject before = items("UNSIGNED_PLAN", participant).get(0);
        assertThat(items("UNSIGNED_PLAN", participant).get(0)).isEqualTo(before);

        JsonObject record = json(Api.get("/participants/" + participant, "admin-bluegrass"));
        String last = "Renamed" + System.nanoTime();
        HttpResponse<String> corrected = Api.put(
                "/participants/" + participant,
                "admin-bluegrass",
                Json.createObjectBuilder()
                        .add("firstName", record.getString("firstName"))
                        .add("lastName", last)
                        .add("dateOfBirth", record.getString("dateOfBirth"))
                        .add("version", record.getJsonNumber("version").longValue())
                        .build()
                        .toString());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        assertThat(items("UNSIGNED_PLAN", participant).get(0).getString("participantName"))
                .as("the case manager's list after the LWDA admin's correction")
                .contains(last);
    }

    /** A cm-bluegrass participant in Adult since 100 days ago with these services, written as the exit rule reads them. */
    private long caseOf(String name, LocalDate today, List<ExitFacts.Service> services) throws Exception {
        ExitRuleCases.Written written;
        try (Connection db = dataSource.getConnection()) {
            written = ExitRuleCases.write(
                    db,
                    new ExitRuleCases.Case(
                            name,
                            new ExitFacts(
                                    today,
                                    false,
                                    true,
                                    List.of(new ExitFacts.Enrollment(1, Program.ADULT, today.minusDays(100), null)),
                                    services,
                                    List.of())),
                    today,
                    probe.count("SELECT l.id FROM Lwda l WHERE l.name = 'Bluegrass'"),
                    Map.of(
                            "true/true",
                            probe.count("SELECT c.id FROM ServiceCode c WHERE c.state.code = 'KY'"
                                    + " AND c.code = 'BC-JOB-SEARCH'")));
        }
        probe.nativeUpdate("UPDATE participant SET case_manager_id = (SELECT a.id FROM staff_account a"
                + " WHERE a.username = 'cm-bluegrass') WHERE id = " + written.participantId());
        return written.participantId();
    }

    @Test
    @DisplayName("the LWDA admin chooses a case manager of the area and sees every one's counts; other areas refused")
    void lwdaAdminAndIsolation() throws Exception {
        long participant = Participants.register("Morgan", "1979-11-20");
        Participants.determine(participant, "ADULT", "1979-11-20", "\"publicAssistance\":[\"SNAP\"]");

        JsonObject own = list("", "cm-bluegrass");
        assertThat(own.getString("caseManager")).isEqualTo("cm-bluegrass");
        assertThat(own.getJsonArray("sections")).hasSize(7);
        assertThat(own.containsKey("caseManagers") ? own.getJsonArray("caseManagers") : List.of())
                .as("a case manager gets no per-case-manager table")
                .isEmpty();

        JsonObject chosen = list("caseManager=cm-bluegrass", "admin-bluegrass");
        assertThat(chosen.getString("caseManager")).isEqualTo("cm-bluegrass");
        assertThat(chosen.getInt("total")).isEqualTo(own.getInt("total"));
        JsonObject row = chosen.getJsonArray("caseManagers").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("username").equals("cm-bluegrass"))
                .findFirst()
                .orElseThrow();
        assertThat(row.getInt("total")).isEqualTo(own.getInt("total"));
        assertThat(row.getJsonObject("counts").getInt("ELIGIBLE_NOT_ENROLLED")).isPositive();
        assertThat(chosen.getJsonArray("caseManagers").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("username"))
                .doesNotContain("cm-kentuckiana");

        JsonObject unchosen = list("", "admin-bluegrass");
        assertThat(unchosen.containsKey("caseManager")).isFalse();
        assertThat(unchosen.getJsonArray("sections")).isEmpty();
        assertThat(unchosen.getJsonArray("caseManagers")).isNotEmpty();

        assertThat(Api.get("/tasks?caseManager=cm-kentuckiana", "admin-bluegrass")
                        .statusCode())
                .as("another LWDA's case manager")
                .isEqualTo(403);
        assertThat(Api.get("/tasks?caseManager=cm-bluegrass", "cm-kentuckiana").statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/tasks?caseManager=nobody-here", "admin-bluegrass").statusCode())
                .isEqualTo(404);
        assertThat(Api.get("/tasks?caseManager=admin-bluegrass", "admin-bluegrass")
                        .statusCode())
                .as("not a case manager")
                .isEqualTo(404);
        assertField(Api.get("/tasks", "state-admin"), "caseManager");
        assertField(Api.get("/tasks?category=SOMETHING", "cm-bluegrass"), "category");
        assertThat(list("caseManager=cm-bluegrass", "state-admin").getString("caseManager"))
                .isEqualTo("cm-bluegrass");
        assertThat(Api.get("/tasks", "cm-kentuckiana").statusCode()).isEqualTo(200);
    }

    /** The caller cm-bluegrass's items of one category (all of them) for one participant. */
    private static List<JsonObject> items(String category, long participant) throws Exception {
        JsonObject list = list("category=" + category, "cm-bluegrass");
        assertThat(list.getJsonArray("sections")).hasSize(1);
        JsonObject section = list.getJsonArray("sections").getJsonObject(0);
        assertThat(section.getInt("more")).isZero();
        assertThat(section.getJsonArray("items")).hasSize(section.getInt("count"));
        return section.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("participantId").longValue() == participant)
                .toList();
    }

    private static JsonObject list(String query, String user) throws Exception {
        HttpResponse<String> response = Api.get("/tasks" + (query.isEmpty() ? "" : "?" + query), user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"" + field + "\"");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
