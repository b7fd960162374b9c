package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.it.support.PirlRuns.RUNS;
import static org.waypoint.it.support.PirlRuns.lastQuarter;
import static org.waypoint.it.support.PirlRuns.runToCompletion;
import static org.waypoint.it.support.PirlRuns.start;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.service.common.CalendarQuarter;

/**
 * The quarterly PIRL run through the API as a client sees it, on every server the build tests
 * (WildFly's JBeret, and Payara's JBatch in the Payara pass, issue 22): who may start, read and
 * download; bad input named; a run that completes, its file with its SHA-256; a completed run that
 * is not restarted. The file's content is checked element by element in PirlIT.
 */
@ExtendWith(ArquillianExtension.class)
class PirlApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("a run completes on the server's batch runtime; its file downloads with its SHA-256")
    void aRunCompletesAndItsFileDownloadsWithItsHash() throws Exception {
        JsonObject run = runToCompletion(start("50"));
        long id = run.getJsonNumber("runId").longValue();
        assertThat(run.getInt("progress")).isEqualTo(100);
        HttpResponse<byte[]> file = Api.getBytes(RUNS + "/" + id + "/file", "state-admin");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
        assertThat(file.headers().firstValue("X-Content-SHA256")).contains(sha256);
        assertThat(run.getJsonObject("run").getString("sha256")).isEqualTo(sha256);

        HttpResponse<String> again = Api.post(RUNS + "/" + id + "/restart", "state-admin", "");
        assertThat(again.statusCode())
                .as("a completed run is not restarted: " + again.body())
                .isEqualTo(400);
        assertThat(again.body()).contains("runId").contains("Only a stopped or failed run is restarted.");
    }

    @Test
    @DisplayName("only state admins start runs and download files; bad input answers 400 naming the field")
    void authorizationAndBadInput() throws Exception {
        String ok = RUNS + "?state=KY&quarter=" + lastQuarter();
        assertThat(Api.post(ok, "cm-bluegrass", "").statusCode()).isEqualTo(403);
        assertThat(Api.post(ok, "monitor", "").statusCode()).isEqualTo(403);
        assertThat(Api.get(RUNS, "cm-bluegrass").statusCode()).isEqualTo(403);
        JsonObject run = runToCompletion(start(null));
        long id = run.getJsonNumber("runId").longValue();
        assertThat(Api.get(RUNS + "/" + id, "monitor").statusCode())
                .as("monitors read")
                .isEqualTo(200);
        assertThat(Api.get(RUNS, "monitor").statusCode()).isEqualTo(200);
        assertThat(Api.getBytes(RUNS + "/" + id + "/file", "monitor").statusCode())
                .as("the file holds SSNs: state admins only")
                .isEqualTo(403);
        assertThat(Api.get(RUNS + "/" + id, "admin-bluegrass").statusCode()).isEqualTo(403);

        CalendarQuarter next = CalendarQuarter.of(LocalDate.now()).plus(1);
        assertFields(
                Api.post(RUNS + "?state=KY&quarter=" + next.year() + "Q" + next.quarter(), "state-admin", ""),
                "quarter");
        assertFields(Api.post(RUNS + "?state=KY&quarter=2026Q5", "state-admin", ""), "quarter");
        assertFields(Api.post(RUNS + "?state=KY&quarter=Q3-2026", "state-admin", ""), "quarter");
        assertFields(Api.post(RUNS + "?state=ZZ&quarter=" + lastQuarter(), "state-admin", ""), "state");
        assertFields(Api.post(RUNS + "?quarter=", "state-admin", ""), "state", "quarter");
        assertThat(Api.get(RUNS + "/999999999", "state-admin").statusCode()).isEqualTo(404);
    }

    private static void assertFields(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(response.body()))
                        .readObject()
                        .getJsonArray("errors")
                        .getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder(fields);
    }
}
