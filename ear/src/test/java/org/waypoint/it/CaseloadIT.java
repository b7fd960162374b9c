package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.it.support.Caseloads.assertField;
import static org.waypoint.it.support.Caseloads.ok;
import static org.waypoint.it.support.Caseloads.ok200;
import static org.waypoint.it.support.Caseloads.taskParticipants;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.it.support.TestFixture;
import org.waypoint.it.support.Trainees;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.security.PasswordHasher;

/**
 * Issue 17, caseloads over the API: a leaving case manager's active participants moved in bulk to
 * another case manager and office (the new case manager's task list then holds their items, the old
 * one's not; the board's figures and the audit trail follow), every kind of bad request refused
 * whole with the field named, case managers and other LWDAs refused.
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CaseloadIT.class);
    }

    @EJB
    private Probe probe;

    @Test
    @DisplayName("a leaving case manager's active caseload moves to another; tasks, board and history follow")
    void bulkReassignment() throws Exception {
        String leaving = caseManager("Bluegrass");
        String newcomer = caseManager("Bluegrass");
        long office = office("Bluegrass");
        long drafted = Participants.eligibleAdult();
        Trainees.startIep(drafted); // an unsigned draft on the task list
        long active = Participants.eligibleAdult();
        long notEnrolled = Participants.register("Ines", "1987-02-03");
        Participants.determine(notEnrolled, "ADULT", "1987-02-03", "\"publicAssistance\":[\"SNAP\"]");

        JsonObject byIds = ok(Api.post(
                "/caseloads/reassign",
                "admin-bluegrass",
                "{\"participantIds\":[" + drafted + "," + active + "," + notEnrolled + "],\"caseManager\":\"" + leaving
                        + "\"}"));
        assertThat(byIds.getInt("reassigned")).isEqualTo(3);
        assertThat(taskParticipants(leaving, "UNSIGNED_PLAN")).contains(drafted);
        assertThat(taskParticipants("cm-bluegrass", "UNSIGNED_PLAN")).doesNotContain(drafted);

        JsonObject bulk = ok(Api.post(
                "/caseloads/reassign",
                "admin-bluegrass",
                "{\"fromCaseManager\":\"" + leaving + "\",\"activeOnly\":true,\"caseManager\":\"" + newcomer
                        + "\",\"officeId\":" + office + "}"));
        assertThat(bulk.getInt("reassigned"))
                .as("the two with an open enrollment")
                .isEqualTo(2);
        assertThat(taskParticipants(newcomer, "UNSIGNED_PLAN")).contains(drafted);
        assertThat(taskParticipants(leaving, "UNSIGNED_PLAN")).doesNotContain(drafted);
        assertThat(taskParticipants(leaving, "ELIGIBLE_NOT_ENROLLED"))
                .as("not active: stays")
                .contains(notEnrolled);

        JsonObject board = ok(Api.get("/caseloads", "admin-bluegrass"));
        JsonObject newRow = row(board, newcomer, office);
        assertThat(newRow.getJsonObject("counts").getInt("ACTIVE")).isEqualTo(2);
        assertThat(newRow.getJsonObject("counts").getInt("NEW_THIS_MONTH")).isEqualTo(2);
        assertThat(newRow.getJsonObject("counts").getInt("UNSIGNED_DRAFTS")).isEqualTo(1);
        assertThat(rows(board, leaving).stream()
                        .mapToInt(r -> r.getJsonObject("counts").getInt("ACTIVE"))
                        .sum())
                .isZero();

        JsonArray drill = Json.createReader(new StringReader(ok200(Api.get(
                        "/caseloads/participants?measure=ACTIVE&caseManager=" + newcomer + "&officeId=" + office,
                        "admin-bluegrass"))))
                .readArray();
        assertThat(drill.getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("id").longValue())
                .containsExactlyInAnyOrder(drafted, active);

        String number = (String) probe.nativeList("SELECT participant_number FROM participant WHERE id = " + active)
                .get(0);
        List<?> history = probe.nativeList("SELECT changes FROM audit_entry WHERE entity_type = 'Participant'"
                + " AND entity_id = '" + number + "' AND actor = 'admin-bluegrass' ORDER BY id");
        assertThat(history).as("each reassignment audited").hasSize(2);
        assertThat(history).map(String::valueOf).anySatisfy(c -> assertThat(c)
                .contains("caseManager")
                .as("the former case manager by user name, as the new one")
                .contains("\"from\":\"" + leaving + "\"")
                .contains(newcomer)
                .contains("office"));
    }

    @Test
    @DisplayName("bad requests are refused whole, naming the field; case managers and other LWDAs refused")
    void refusals() throws Exception {
        String target = caseManager("Bluegrass");
        long mine = Participants.eligibleAdult();
        long theirs = probe.participantId(TestFixture.KENTUCKIANA_PARTICIPANT);
        long otherOffice = office("Kentuckiana Works");

        assertField(
                reassign("admin-bluegrass", "{\"participantIds\":[],\"caseManager\":\"" + target + "\"}"),
                "participantIds");
        assertField(
                reassign("admin-bluegrass", "{\"participantIds\":[" + mine + "],\"caseManager\":\"nobody\"}"),
                "caseManager");
        assertField(
                reassign("admin-bluegrass", "{\"participantIds\":[" + mine + "],\"caseManagerId\":-1}"),
                "caseManagerId");
        assertField(
                reassign("admin-bluegrass", "{\"participantIds\":[" + mine + "],\"caseManager\":\"cm-kentuckiana\"}"),
                "caseManager");
        assertField(
                reassign(
                        "admin-bluegrass",
                        "{\"participantIds\":[" + mine + "],\"caseManager\":\"" + target + "\",\"officeId\":"
                                + otherOffice + "}"),
                "officeId");
        assertField(
                reassign(
                        "admin-bluegrass",
                        "{\"participantIds\":[" + mine + "," + theirs + "],\"caseManager\":\"" + target + "\"}"),
                "participantIds");
        assertField(
                reassign(
                        "state-admin",
                        "{\"participantIds\":[" + mine + "," + theirs + "],\"caseManager\":\"" + target + "\"}"),
                "participantIds");
        assertField(
                reassign(
                        "admin-bluegrass",
                        "{\"fromCaseManager\":\"" + target + "\",\"activeOnly\":true,"
                                + "\"caseManager\":\"cm-bluegrass\"}"),
                "fromCaseManager");
        assertThat(probe.nativeList("SELECT a.username FROM participant p JOIN staff_account a"
                        + " ON a.id = p.case_manager_id WHERE p.id = " + mine))
                .map(String::valueOf)
                .as("nothing half-saved")
                .containsExactly("cm-bluegrass");

        assertThat(reassign("cm-bluegrass", "{\"participantIds\":[" + mine + "],\"caseManager\":\"" + target + "\"}")
                        .statusCode())
                .as("a case manager may not reassign")
                .isEqualTo(403);
        assertThat(Api.get("/caseloads", "cm-bluegrass").statusCode()).isEqualTo(403);
        long kentuckiana = lwdaId("Kentuckiana Works");
        assertThat(Api.get("/caseloads?lwdaId=" + kentuckiana, "admin-bluegrass")
                        .statusCode())
                .as("another LWDA's board")
                .isEqualTo(403);
        assertThat(Api.get("/caseloads?lwdaId=" + kentuckiana, "state-admin").statusCode())
                .isEqualTo(200);
        assertField(Api.get("/caseloads", "state-admin"), "lwdaId");
        assertField(Api.get("/caseloads/participants?measure=SOMETHING", "admin-bluegrass"), "measure");

        JsonObject byState =
                ok(reassign("state-admin", "{\"participantIds\":[" + mine + "],\"caseManager\":\"" + target + "\"}"));
        assertThat(byState.getInt("reassigned")).isEqualTo(1);
    }

    private static HttpResponse<String> reassign(String user, String body) throws Exception {
        return Api.post("/caseloads/reassign", user, body);
    }

    /** A new enabled case manager of the LWDA; answers the user name. */
    String caseManager(String lwdaName) {
        String username = "cm-it-" + Long.toString(System.nanoTime(), 36);
        probe.inTransaction(em -> em.persist(new StaffAccount(
                username,
                "Case Manager " + username.substring(6),
                Role.CASE_MANAGER,
                lwda(em, lwdaName),
                PasswordHasher.hash(TestFixture.PASSWORD.toCharArray()))));
        return username;
    }

    /** A new office of the LWDA; answers its id. */
    long office(String lwdaName) {
        String name = "IT office " + System.nanoTime();
        probe.inTransaction(em -> em.persist(new Office(lwda(em, lwdaName), name, null, "Lexington", "40507", null)));
        return probe.count("SELECT o.id FROM Office o WHERE o.name = ?1", name);
    }

    long lwdaId(String name) {
        return probe.count("SELECT l.id FROM Lwda l WHERE l.name = ?1", name);
    }

    private static Lwda lwda(jakarta.persistence.EntityManager em, String name) {
        return em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", "KY")
                .setParameter("name", name)
                .getSingleResult();
    }

    static List<JsonObject> rows(JsonObject board, String caseManager) {
        return board.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> caseManager.equals(r.getString("caseManager", null)))
                .toList();
    }

    static JsonObject row(JsonObject board, String caseManager, long officeId) {
        return rows(board, caseManager).stream()
                .filter(r ->
                        r.containsKey("officeId") && r.getJsonNumber("officeId").longValue() == officeId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + caseManager + " at " + officeId + ": " + board));
    }
}
