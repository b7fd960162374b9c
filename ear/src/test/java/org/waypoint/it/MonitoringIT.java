package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.it.support.Caseloads.assertField;
import static org.waypoint.it.support.Monitoring.created;
import static org.waypoint.it.support.Monitoring.json;
import static org.waypoint.it.support.Monitoring.participants;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Monitoring;
import org.waypoint.it.support.Trainees;

/**
 * Issue 17, a compliance review over the API from sample to closed finding: the monitor draws a
 * sample of Bluegrass's plans with a seed and the same seed draws the same participants again; the
 * checklist is pre-filled from the records; an item becomes a finding with a due date; Bluegrass's
 * admin answers it, the monitor closes it, and the review's PDF carries the finding and the answer.
 * Case managers have no part; an LWDA admin reads and answers only their own LWDA's reviews.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    @DisplayName("a review from the seeded sample to a closed finding, and its PDF")
    void fromSampleToClosedFinding() throws Exception {
        List<Long> mine = List.of(Trainees.withSignedPlan(), Trainees.withSignedPlan(), Trainees.withSignedPlan());
        long bluegrass = Monitoring.lwdaOf("admin-bluegrass");

        JsonObject review = created(bluegrass, TODAY, TODAY, 2, 20261206L);
        assertThat(review.getJsonNumber("seed").longValue()).isEqualTo(20261206L);
        assertThat(review.getInt("population")).isGreaterThanOrEqualTo(3);
        assertThat(participants(review)).hasSize(2);
        assertThat(participants(created(bluegrass, TODAY, TODAY, 2, 20261206L)))
                .as("the same seed over the same population")
                .isEqualTo(participants(review));
        JsonObject everyone = created(bluegrass, TODAY, TODAY, 200, null);
        assertThat(everyone.getJsonNumber("seed"))
                .as("a seed generated and stored")
                .isNotNull();
        assertThat(participants(everyone))
                .hasSize(everyone.getInt("population"))
                .containsAll(mine);

        // The checklist of one of this test's own files: other test classes of the run sign plans in
        // Bluegrass today too, and a seeded sample of two may draw theirs.
        long id = everyone.getJsonNumber("id").longValue();
        JsonObject file = everyone.getJsonArray("files").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("participantId").longValue() == mine.get(0))
                .findFirst()
                .orElseThrow();
        List<String> codes = file.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("code"))
                .toList();
        assertThat(codes)
                .containsExactly(
                        "ELIGIBILITY_SOURCES", "REQUIRED_ELEMENTS", "KY_LMI", "KY_REVIEWS", "KY_BEFORE_TRAINING");
        JsonObject lmi = file.getJsonArray("items").getJsonObject(2);
        assertThat(lmi.getString("citation")).contains("24-003");
        assertThat(lmi.getString("suggested")).as(lmi.getString("evidence")).isEqualTo("PASS");
        assertThat(lmi.getString("evidence")).contains("reviewed with the participant");
        JsonObject reviews = file.getJsonArray("items").getJsonObject(3);
        assertThat(reviews.getString("evidence")).startsWith("Signed " + TODAY);
        assertThat(reviews).doesNotContainKey("result");

        long item = lmi.getJsonNumber("id").longValue();
        long v = lmi.getJsonNumber("version").longValue();
        String path = "/monitoring/reviews/" + id + "/items/" + item;
        assertField(Api.put(path, "monitor", "{\"result\":\"MAYBE\",\"version\":" + v + "}"), "result");
        assertField(
                Api.put(
                        path,
                        "monitor",
                        "{\"result\":\"FINDING\",\"dueDate\":\"" + TODAY.plusDays(30) + "\",\"version\":" + v + "}"),
                "comment");
        assertField(
                Api.put(
                        path,
                        "monitor",
                        "{\"result\":\"FINDING\",\"comment\":\"No hourly wage.\",\"version\":" + v + "}"),
                "dueDate");
        assertThat(Api.put(path, "admin-bluegrass", "{\"result\":\"PASS\",\"version\":" + v + "}")
                        .statusCode())
                .isEqualTo(403);
        String finding = "{\"result\":\"FINDING\",\"comment\":\"The LMI comment lacks the hourly wage.\",\"dueDate\":\""
                + TODAY.plusDays(30) + "\",\"version\":" + v + "}";
        JsonObject found = ok(Api.put(path, "monitor", finding));
        assertThat(found.getString("findingStatus")).isEqualTo("OPEN");
        assertThat(found.getString("dueDate")).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(Api.put(path, "monitor", finding).statusCode())
                .as("a stale version")
                .isEqualTo(409);
        long passItem =
                file.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(ok(Api.put(
                                "/monitoring/reviews/" + id + "/items/" + passItem,
                                "monitor",
                                "{\"result\":\"PASS\",\"version\":"
                                        + file.getJsonArray("items")
                                                .getJsonObject(0)
                                                .getJsonNumber("version") + "}"))
                        .getString("result"))
                .isEqualTo("PASS");

        String respond = "/monitoring/findings/" + item + "/response";
        assertThat(Api.post(respond, "admin-kentuckiana", "{\"response\":\"Not ours.\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post(respond, "monitor", "{\"response\":\"Fixed.\"}").statusCode())
                .isEqualTo(403);
        assertField(Api.post(respond, "admin-bluegrass", "{\"response\":\" \"}"), "response");
        JsonObject answered =
                ok(Api.post(respond, "admin-bluegrass", "{\"response\":\"Hourly wages added to every LMI comment.\"}"));
        assertThat(answered.getString("findingStatus")).isEqualTo("ANSWERED");
        assertThat(Api.get("/monitoring/findings", "admin-bluegrass").body())
                .contains("The LMI comment lacks the hourly wage.");
        assertThat(Api.get("/monitoring/findings", "admin-kentuckiana").body())
                .doesNotContain("\"reviewId\":" + id + ",");

        String close = "/monitoring/findings/" + item + "/close";
        assertThat(Api.post(close, "admin-bluegrass", "{}").statusCode()).isEqualTo(403);
        JsonObject closed = ok(Api.post(close, "monitor", "{}"));
        assertThat(closed.getString("findingStatus")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedBy")).isEqualTo("monitor");

        HttpResponse<byte[]> pdf = Api.getBytes("/monitoring/reviews/" + id + "/pdf", "admin-bluegrass");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Documents.pdfText(pdf.body()))
                .contains("Compliance review " + id)
                .contains("seed " + everyone.getJsonNumber("seed"))
                .contains("The LMI comment lacks the hourly wage.")
                .contains("Hourly wages added to every LMI comment.")
                .contains("Status: CLOSED by monitor");
    }

    @Test
    @DisplayName("bad input is a 400 naming the field")
    void badInput() throws Exception {
        long bluegrass = Monitoring.lwdaOf("admin-bluegrass");
        assertField(Monitoring.create("monitor", bluegrass, TODAY, TODAY, 0, null), "sampleSize");
        assertField(Monitoring.create("monitor", bluegrass, TODAY, TODAY, 201, null), "sampleSize");
        assertField(Monitoring.create("monitor", bluegrass, TODAY, TODAY.minusDays(1), 5, null), "from");
        assertField(Monitoring.create("monitor", 987654321L, TODAY, TODAY, 5, null), "lwdaId");
        assertField(Monitoring.create("monitor", bluegrass, TODAY, TODAY, "\"five\"", null), "sampleSize");
    }

    @Test
    @DisplayName("case managers have no part; an LWDA admin reads only their own LWDA's reviews")
    void authorization() throws Exception {
        long bluegrass = Monitoring.lwdaOf("admin-bluegrass");
        assertThat(Monitoring.create("cm-bluegrass", bluegrass, TODAY, TODAY, 1, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Monitoring.create("admin-bluegrass", bluegrass, TODAY, TODAY, 1, null)
                        .statusCode())
                .isEqualTo(403);
        JsonObject review = json(Monitoring.create("state-admin", bluegrass, TODAY, TODAY, 1, 7L));
        String path = "/monitoring/reviews/" + review.getJsonNumber("id").longValue();
        assertThat(Api.get(path, "admin-bluegrass").statusCode()).isEqualTo(200);
        assertThat(Api.get(path, "admin-kentuckiana").statusCode()).isEqualTo(403);
        assertThat(Api.get(path, "cm-bluegrass").statusCode()).isEqualTo(403);
        assertThat(Api.getBytes(path + "/pdf", "admin-kentuckiana").statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/monitoring/reviews/987654321", "monitor").statusCode())
                .isEqualTo(404);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }
}
