package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A PIRL run interrupted mid-way (stopped by a state admin, or its server killed) and restarted,
 * through the API of one server: the suite's own ({@link Api}) or one a test starts and kills
 * ({@link KillableServer}). The current quarter's file over participants the test enrolls today, one
 * record per checkpoint so that the run is caught mid-way; the restarted run must end with the file
 * of an uninterrupted run over the same data, byte for byte, and count each row once.
 */
public final class PirlInterruptions {

    public static final String RUNS = "/reports/pirl";

    /** The API calls the steps make, as state admins and case managers. */
    public interface Http {
        HttpResponse<String> get(String path, String user) throws IOException, InterruptedException;

        HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException;

        HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException;
    }

    /** The suite's own server. */
    public static final Http SUITE_SERVER = new Http() {
        @Override
        public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
            return Api.get(path, user);
        }

        @Override
        public HttpResponse<String> post(String path, String user, String json)
                throws IOException, InterruptedException {
            return Api.post(path, user, json);
        }

        @Override
        public HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
            return Api.getBytes(path, user);
        }
    };

    private final Http http;
    private final int participants;
    private final String quarter;

    public PirlInterruptions(Http http, int participants) {
        this.http = http;
        this.participants = participants;
        LocalDate today = LocalDate.now();
        this.quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** The current quarter, whose file holds the participants enrolled today. */
    public String quarter() {
        return quarter;
    }

    /** Career seekers enrolled in Wagner-Peyser today, so in the current quarter's file; four at a time. */
    public void createParticipants(String lastName) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < participants; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    HttpResponse<String> registered = http.post(
                            "/participants",
                            "cm-bluegrass",
                            "{\"firstName\":\"Kay\",\"lastName\":\"" + lastName + n + "\",\"dateOfBirth\":\"1985-03-0"
                                    + (1 + n % 9) + "\"}");
                    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
                    long participant =
                            json(registered.body()).getJsonNumber("id").longValue();
                    HttpResponse<String> enrolled = http.post(
                            "/participants/" + participant + "/enrollments",
                            "cm-bluegrass",
                            "{\"program\":\"WAGNER_PEYSER\",\"entryDate\":\"" + LocalDate.now() + "\"}");
                    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
                    return null;
                }));
            }
            for (Future<?> f : created) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts a run with one record per checkpoint, so that it is caught mid-way. */
    public long startOneByOne() throws Exception {
        return json(post(RUNS + "?state=KY&quarter=" + quarter + "&chunkSize=1", 202)
                        .body())
                .getJsonNumber("runId")
                .longValue();
    }

    /** Waits until a checkpoint was committed, and fails if the run is over by then. */
    public JsonObject untilFirstCheckpoint(long id) throws Exception {
        JsonObject seen = get(id);
        for (int i = 0; i < 3000 && rows(seen) == 0 && running(seen); i++) {
            Thread.sleep(10);
            seen = get(id);
        }
        assertThat(seen.getString("status"))
                .as("the run must still be going when it is interrupted: %s", seen)
                .isIn("STARTING", "RUNNING");
        assertThat(rows(seen))
                .as("a checkpoint committed before the interruption")
                .isPositive();
        assertThat(seen.getJsonObject("run").getBoolean("hasFile")).isFalse();
        return seen;
    }

    /** A state admin stops the run; it ends STOPPED within a minute. */
    public JsonObject stop(long id) throws Exception {
        post(RUNS + "/" + id + "/stop", 200);
        JsonObject stopped = whileRunning(id, 600);
        assertThat(stopped.getString("status")).as(stopped.toString()).isEqualTo("STOPPED");
        return stopped;
    }

    /** An interrupted run names no file and serves none. */
    public void assertNoFileServed(long id, JsonObject run) throws Exception {
        assertThat(run.getJsonObject("run").getBoolean("hasFile"))
                .as("an interrupted run names no file")
                .isFalse();
        assertThat(http.getBytes(RUNS + "/" + id + "/file", "state-admin").statusCode())
                .isEqualTo(404);
    }

    /** A state admin restarts the run from its last checkpoint, and it runs to its end. */
    public JsonObject restart(long id) throws Exception {
        post(RUNS + "/" + id + "/restart", 202);
        return await(id);
    }

    /**
     * The resumed run's file is an uninterrupted run's over the same data, byte for byte, with the
     * same row count (a restart from the beginning would count the rows before it twice).
     */
    public void assertSameAsUninterrupted(long id, JsonObject resumed, int beforeRestart) throws Exception {
        JsonObject whole =
                await(json(post(RUNS + "?state=KY&quarter=" + quarter, 202).body())
                        .getJsonNumber("runId")
                        .longValue());
        assertThat(beforeRestart)
                .as("interrupted mid-way: fewer rows than the whole file")
                .isPositive()
                .isLessThan(rows(whole));
        assertThat(rows(whole)).isGreaterThanOrEqualTo(participants);
        assertThat(rows(resumed)).as("rows counted once each").isEqualTo(rows(whole));
        byte[] resumedFile = file(id);
        byte[] wholeFile = file(whole.getJsonNumber("runId").longValue());
        assertThat(sha256(resumedFile))
                .as("the restarted run's file is the uninterrupted run's, byte for byte")
                .isEqualTo(sha256(wholeFile))
                .isEqualTo(resumed.getJsonObject("run").getString("sha256"))
                .isEqualTo(whole.getJsonObject("run").getString("sha256"));
        assertThat(resumedFile).isEqualTo(wholeFile);
    }

    /** The runs on record, latest first. */
    public List<JsonObject> history() throws Exception {
        HttpResponse<String> runs = http.get(RUNS, "state-admin");
        assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
        return Json.createReader(new StringReader(runs.body())).readArray().getValuesAs(JsonObject.class);
    }

    public JsonObject get(long id) throws Exception {
        HttpResponse<String> run = http.get(RUNS + "/" + id + "?max=1", "state-admin");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return json(run.body());
    }

    /** Waits (up to 3 minutes) until the run is over, and expects it completed. */
    public JsonObject await(long id) throws Exception {
        JsonObject run = whileRunning(id, 1800);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    /** The run once it is no longer starting or running, looked at every 100 ms, {@code tries} times at most. */
    private JsonObject whileRunning(long id, int tries) throws Exception {
        JsonObject run = get(id);
        for (int i = 0; i < tries && running(run); i++) {
            Thread.sleep(100);
            run = get(id);
        }
        return run;
    }

    public static int rows(JsonObject run) {
        return run.getJsonObject("run").getInt("rowsWritten");
    }

    private HttpResponse<String> post(String path, int expected) throws Exception {
        HttpResponse<String> response = http.post(path, "state-admin", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private byte[] file(long id) throws Exception {
        HttpResponse<byte[]> file = http.getBytes(RUNS + "/" + id + "/file", "state-admin");
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    private static boolean running(JsonObject run) {
        return List.of("STARTING", "RUNNING").contains(run.getString("status"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
