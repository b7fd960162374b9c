package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.it.support.KillableServer;

/**
 * Issue 16: "a run killed mid-way and restarted finishes with the same file". On a server of its
 * own (the Arquillian-managed one cannot be killed and brought back), this test creates known
 * participants, starts a PIRL run with one record per checkpoint, kills the server with SIGKILL once
 * a checkpoint is committed and while the run is still going, starts the server again, restarts
 * the run (which the start-up marked failed, with no file) and checks that it ends with the file of
 * an uninterrupted run over the same data, byte for byte, and with the same counts (a restart from
 * the beginning would count the rows written before the kill twice). The same for a run a state
 * admin stops. Each fails, rather than passing for nothing, when the run was over before it was
 * interrupted. The server is stopped after the tests whatever happens.
 */
class PirlKillIT {

    private static final String RUNS = "/reports/pirl";
    private static final int PARTICIPANTS = 1000;

    private static KillableServer server;
    private static String quarter;

    @BeforeAll
    static void startServerWithParticipants() throws Exception {
        server = new KillableServer("pirl-kill-server");
        server.start();
        quarter = thisQuarter();
        // The demo's own start-up run (on H2) over the last quarter must be over before we kill.
        for (JsonObject run : history()) {
            await(run.getJsonNumber("id").longValue());
        }
        createParticipants();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("a run killed mid-way (SIGKILL) and restarted ends with the file of an uninterrupted run")
    void killedAndRestartedGivesTheSameFile() throws Exception {
        long id = startOneByOne();
        JsonObject seen = untilFirstCheckpoint(id);
        JsonObject beforeKill = get(id);
        assertThat(beforeKill.getString("status"))
                .as("the run must still be going when the server is killed: %s", beforeKill)
                .isIn("STARTING", "RUNNING");
        server.kill();

        server.start();
        JsonObject interrupted = get(id);
        assertThat(interrupted.getString("status"))
                .as("the start-up marks the killed run failed: %s", interrupted)
                .isEqualTo("FAILED");
        assertNoFile(id, interrupted);
        int beforeRestart = rows(interrupted);
        assertThat(beforeRestart).as("rows committed before the kill").isGreaterThanOrEqualTo(rows(seen));

        post(RUNS + "/" + id + "/restart", 202);
        assertSameAsUninterrupted(id, await(id), beforeRestart);
    }

    @Test
    @DisplayName("a run stopped mid-way and restarted ends with the file of an uninterrupted run")
    void stoppedAndRestartedGivesTheSameFile() throws Exception {
        long id = startOneByOne();
        untilFirstCheckpoint(id);
        post(RUNS + "/" + id + "/stop", 200);
        JsonObject stopped = get(id);
        for (int i = 0; i < 600 && running(stopped); i++) {
            Thread.sleep(100);
            stopped = get(id);
        }
        assertThat(stopped.getString("status")).as(stopped.toString()).isEqualTo("STOPPED");
        assertNoFile(id, stopped);

        post(RUNS + "/" + id + "/restart", 202);
        assertSameAsUninterrupted(id, await(id), rows(stopped));
    }

    /** Starts a run with one record per checkpoint, so that it is caught mid-way. */
    private static long startOneByOne() throws Exception {
        return json(post(RUNS + "?state=KY&quarter=" + quarter + "&chunkSize=1", 202))
                .getJsonNumber("runId")
                .longValue();
    }

    /** Waits until a checkpoint was committed, and fails if the run is over by then. */
    private static JsonObject untilFirstCheckpoint(long id) throws Exception {
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

    /** An interrupted run names no file, serves none, and left only its part file on disk. */
    private static void assertNoFile(long id, JsonObject run) throws Exception {
        assertThat(run.getJsonObject("run").getBoolean("hasFile"))
                .as("an interrupted run names no file")
                .isFalse();
        assertThat(server.getBytes(RUNS + "/" + id + "/file", "state-admin").statusCode())
                .isEqualTo(404);
        Path runDirectory = server.dataDirectory().resolve("waypoint/pirl/run-" + id);
        try (Stream<Path> files = Files.list(runDirectory)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("only the part file of the interrupted attempt, never a complete one")
                    .containsExactly("pirl-KY-" + quarter + ".csv.part");
        }
    }

    /**
     * The resumed run's file is an uninterrupted run's over the same data, byte for byte, with the
     * same row count (a restart from the beginning would count the rows before it twice).
     */
    private static void assertSameAsUninterrupted(long id, JsonObject resumed, int beforeRestart) throws Exception {
        JsonObject whole = await(json(post(RUNS + "?state=KY&quarter=" + quarter, 202))
                .getJsonNumber("runId")
                .longValue());
        assertThat(beforeRestart)
                .as("interrupted mid-way: fewer rows than the whole file")
                .isPositive()
                .isLessThan(rows(whole));
        assertThat(rows(whole)).isGreaterThanOrEqualTo(PARTICIPANTS);
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

    /** Career seekers enrolled in Wagner-Peyser today, so in the current quarter's file; four at a time. */
    private static void createParticipants() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    HttpResponse<String> registered = server.post(
                            "/participants",
                            "cm-bluegrass",
                            "{\"firstName\":\"Kay\",\"lastName\":\"Killed" + n + "\",\"dateOfBirth\":\"1985-03-0"
                                    + (1 + n % 9) + "\"}");
                    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
                    long participant =
                            json(registered.body()).getJsonNumber("id").longValue();
                    HttpResponse<String> enrolled = server.post(
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

    private static List<JsonObject> history() throws Exception {
        HttpResponse<String> runs = server.get(RUNS, "state-admin");
        assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
        return Json.createReader(new StringReader(runs.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> post(String path, int expected) throws Exception {
        HttpResponse<String> response = server.post(path, "state-admin", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private static JsonObject get(long id) throws Exception {
        HttpResponse<String> run = server.get(RUNS + "/" + id + "?max=1", "state-admin");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return json(run.body());
    }

    /** Waits (up to 3 minutes) until the run is over, and expects it completed. */
    private static JsonObject await(long id) throws Exception {
        JsonObject run = get(id);
        for (int i = 0; i < 1800 && running(run); i++) {
            Thread.sleep(100);
            run = get(id);
        }
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        return run;
    }

    private static byte[] file(long id) throws Exception {
        HttpResponse<byte[]> file = server.getBytes(RUNS + "/" + id + "/file", "state-admin");
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    private static int rows(JsonObject run) {
        return run.getJsonObject("run").getInt("rowsWritten");
    }

    private static boolean running(JsonObject run) {
        return List.of("STARTING", "RUNNING").contains(run.getString("status"));
    }

    private static String thisQuarter() {
        LocalDate today = LocalDate.now();
        return today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
