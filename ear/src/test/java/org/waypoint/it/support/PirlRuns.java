package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.common.CalendarQuarter;

/** PIRL runs through the API, as a state administrator starts and follows them. */
public final class PirlRuns {

    public static final String RUNS = "/reports/pirl";

    private PirlRuns() {}

    /** The last quarter that has ended: always a valid report quarter. */
    public static String lastQuarter() {
        CalendarQuarter q = CalendarQuarter.of(LocalDate.now()).plus(-1);
        return q.year() + "Q" + q.quarter();
    }

    /** Starts a run for Kentucky and the last quarter (chunk size null: the default). */
    public static JsonObject start(String chunkSize) throws Exception {
        HttpResponse<String> started = Api.post(
                RUNS + "?state=KY&quarter=" + lastQuarter() + (chunkSize == null ? "" : "&chunkSize=" + chunkSize),
                "state-admin",
                "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return json(started.body());
    }

    public static JsonObject get(long id) throws Exception {
        HttpResponse<String> run = Api.get(RUNS + "/" + id + "?max=1000", "state-admin");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return json(run.body());
    }

    /** Follows a started run until it ends (up to two minutes), which must be COMPLETED. */
    public static JsonObject runToCompletion(JsonObject started) throws Exception {
        long id = started.getJsonNumber("runId").longValue();
        JsonObject run = get(id);
        for (int i = 0; i < 1200 && running(run); i++) {
            Thread.sleep(100);
            run = get(id);
        }
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    private static boolean running(JsonObject run) {
        return List.of("STARTING", "RUNNING").contains(run.getString("status"));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
