package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.it.support.Caseloads.assertField;
import static org.waypoint.it.support.Caseloads.ok;
import static org.waypoint.it.support.Caseloads.taskParticipants;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
import org.waypoint.it.support.Trainees;

/**
 * Issue 17, transfers between LWDAs over the API: until accepted the participant stays with the
 * sending LWDA (the receiving admin cannot read them); accepted, access moves with the record (the
 * receiving admin reads the participant and their plan, the sending admin no longer does, and the
 * chosen case manager's task list holds the plan); declined with a reason, nothing moves. One pending
 * transfer per participant; each side decides only its own part.
 */
@ExtendWith(ArquillianExtension.class)
class TransferIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransferIT.class);
    }

    @EJB
    private Probe probe;

    @Test
    @DisplayName("accepted: the participant, their plan and access move to the receiving LWDA")
    void accepted() throws Exception {
        long participant = Participants.eligibleAdult();
        long plan = Trainees.startIep(participant).getJsonNumber("id").longValue();
        long kentuckiana = lwdaId("Kentuckiana Works");
        assertThat(read(participant, "admin-kentuckiana"))
                .as("before the transfer")
                .isEqualTo(403);

        JsonObject transfer = requested(participant, kentuckiana);
        long id = transfer.getJsonNumber("id").longValue();
        assertThat(transfer.getString("status")).isEqualTo("PENDING");
        assertField(request(participant, kentuckiana), "participantId");
        // two admins asking at the same moment both pass the service's check: the database refuses the second
        long bluegrass = lwdaId("Bluegrass");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> probe.nativeUpdate(
                        "INSERT INTO participant_transfer (id, participant_id, from_lwda_id, to_lwda_id, reason, status,"
                                + " requested_by, requested_at, pending_participant_id, version) VALUES (" + (-id)
                                + ", " + participant + ", " + bluegrass + ", " + kentuckiana + ", 'Twice', 'PENDING',"
                                + " 'state-admin', CURRENT_TIMESTAMP, " + participant + ", 1)"))
                .satisfies(e -> {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    e.printStackTrace(new java.io.PrintWriter(trace));
                    assertThat(trace.toString().toLowerCase()).contains("uq_participant_transfer_pending");
                });
        assertThat(pendingIds("admin-kentuckiana"))
                .as("the receiving side sees it")
                .contains(id);
        assertThat(pendingIds("admin-bluegrass")).as("the sending side sees it").contains(id);
        assertThat(read(participant, "admin-kentuckiana"))
                .as("pending: still the sender's")
                .isEqualTo(403);
        assertThat(Api.post("/transfers/" + id + "/accept", "admin-bluegrass", "{\"caseManager\":\"cm-bluegrass\"}")
                        .statusCode())
                .as("the sender cannot accept")
                .isEqualTo(403);
        assertField(
                Api.post("/transfers/" + id + "/accept", "admin-kentuckiana", "{\"caseManager\":\"cm-bluegrass\"}"),
                "caseManager");

        JsonObject accepted = ok(
                Api.post("/transfers/" + id + "/accept", "admin-kentuckiana", "{\"caseManager\":\"cm-kentuckiana\"}"));
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("decidedBy")).isEqualTo("admin-kentuckiana");
        assertThat(read(participant, "admin-kentuckiana"))
                .as("after acceptance")
                .isEqualTo(200);
        assertThat(read(participant, "admin-bluegrass"))
                .as("the sender's access ends")
                .isEqualTo(403);
        assertThat(read(participant, "cm-bluegrass")).isEqualTo(403);
        assertThat(Api.get("/plans/" + plan, "cm-kentuckiana").statusCode())
                .as("the plan moves with the participant")
                .isEqualTo(200);
        assertThat(taskParticipants("cm-kentuckiana", "UNSIGNED_PLAN")).contains(participant);
        assertThat(taskParticipants("cm-bluegrass", "UNSIGNED_PLAN")).doesNotContain(participant);
        assertThat(pendingIds("admin-kentuckiana")).doesNotContain(id);
        assertField(
                Api.post("/transfers/" + id + "/decline", "admin-kentuckiana", "{\"reason\":\"Changed my mind\"}"),
                "status");
        assertThat(probe.nativeList("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ParticipantTransfer'"
                        + " AND entity_id = '" + id + "'"))
                .extracting(n -> ((Number) n).intValue())
                .containsExactly(2);
    }

    @Test
    @DisplayName("declined with a reason: the participant stays with the sender, who may ask again")
    void declined() throws Exception {
        long participant = Participants.eligibleAdult();
        long kentuckiana = lwdaId("Kentuckiana Works");
        long id = requested(participant, kentuckiana).getJsonNumber("id").longValue();

        assertField(Api.post("/transfers/" + id + "/decline", "admin-kentuckiana", "{}"), "reason");
        JsonObject declined = ok(Api.post(
                "/transfers/" + id + "/decline", "admin-kentuckiana", "{\"reason\":\"No longer lives in our area\"}"));
        assertThat(declined.getString("status")).isEqualTo("DECLINED");
        assertThat(declined.getString("declineReason")).isEqualTo("No longer lives in our area");
        assertThat(read(participant, "admin-kentuckiana")).isEqualTo(403);
        assertThat(read(participant, "admin-bluegrass")).isEqualTo(200);
        assertThat(pendingIds("admin-bluegrass")).doesNotContain(id);

        assertThat(request(participant, kentuckiana).statusCode())
                .as("declined is not pending: a new request may go")
                .isEqualTo(201);
    }

    @Test
    @DisplayName("refused: another LWDA's participant, a case manager, the same LWDA, no reason, another state")
    void refused() throws Exception {
        long participant = Participants.eligibleAdult();
        long kentuckiana = lwdaId("Kentuckiana Works");
        long bluegrass = lwdaId("Bluegrass");
        assertThat(Api.post("/transfers", "admin-kentuckiana", body(participant, bluegrass, "Moved"))
                        .statusCode())
                .as("another LWDA's admin")
                .isEqualTo(403);
        assertThat(Api.post("/transfers", "cm-bluegrass", body(participant, kentuckiana, "Moved"))
                        .statusCode())
                .as("a case manager")
                .isEqualTo(403);
        assertField(Api.post("/transfers", "admin-bluegrass", body(participant, bluegrass, "Moved")), "toLwdaId");
        assertField(Api.post("/transfers", "admin-bluegrass", body(participant, kentuckiana, " ")), "reason");
        long georgia = probe.count("SELECT MIN(l.id) FROM Lwda l WHERE l.state.code = 'GA'");
        assertField(Api.post("/transfers", "admin-bluegrass", body(participant, georgia, "Moved")), "toLwdaId");
        assertThat(pendingIds("admin-bluegrass")).isNotNull();
    }

    private JsonObject requested(long participant, long toLwda) throws Exception {
        HttpResponse<String> response = request(participant, toLwda);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> request(long participant, long toLwda) throws Exception {
        return Api.post("/transfers", "admin-bluegrass", body(participant, toLwda, "Moved to Louisville"));
    }

    private static String body(long participant, long toLwda, String reason) {
        return "{\"participantId\":" + participant + ",\"toLwdaId\":" + toLwda + ",\"reason\":\"" + reason + "\"}";
    }

    private static int read(long participant, String user) throws Exception {
        return Api.get("/participants/" + participant, user).statusCode();
    }

    private static java.util.List<Long> pendingIds(String user) throws Exception {
        HttpResponse<String> response = Api.get("/transfers", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue())
                .toList();
    }

    private long lwdaId(String name) {
        return probe.count("SELECT l.id FROM Lwda l WHERE l.name = ?1", name);
    }
}
