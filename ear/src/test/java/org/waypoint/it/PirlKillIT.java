package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.it.support.PirlInterruptions.rows;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.it.support.KillableServer;
import org.waypoint.it.support.PirlInterruptions;

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

    private static final int PARTICIPANTS = 1000;

    private static KillableServer server;
    private static PirlInterruptions runs;

    @BeforeAll
    static void startServerWithParticipants() throws Exception {
        server = new KillableServer("pirl-kill-server");
        server.start();
        runs = new PirlInterruptions(server, PARTICIPANTS);
        // The demo's own start-up run (on H2) over the last quarter must be over before we kill.
        for (JsonObject run : runs.history()) {
            runs.await(run.getJsonNumber("id").longValue());
        }
        runs.createParticipants("Killed");
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
        long id = runs.startOneByOne();
        JsonObject seen = runs.untilFirstCheckpoint(id);
        JsonObject beforeKill = runs.get(id);
        assertThat(beforeKill.getString("status"))
                .as("the run must still be going when the server is killed: %s", beforeKill)
                .isIn("STARTING", "RUNNING");
        server.kill();

        server.start();
        JsonObject interrupted = runs.get(id);
        assertThat(interrupted.getString("status"))
                .as("the start-up marks the killed run failed: %s", interrupted)
                .isEqualTo("FAILED");
        assertNoFile(id, interrupted);
        int beforeRestart = rows(interrupted);
        assertThat(beforeRestart).as("rows committed before the kill").isGreaterThanOrEqualTo(rows(seen));

        runs.assertSameAsUninterrupted(id, runs.restart(id), beforeRestart);
    }

    @Test
    @DisplayName("a run stopped mid-way and restarted ends with the file of an uninterrupted run")
    void stoppedAndRestartedGivesTheSameFile() throws Exception {
        long id = runs.startOneByOne();
        runs.untilFirstCheckpoint(id);
        JsonObject stopped = runs.stop(id);
        assertNoFile(id, stopped);

        runs.assertSameAsUninterrupted(id, runs.restart(id), rows(stopped));
    }

    /** An interrupted run names no file, serves none, and left only its part file on disk. */
    private static void assertNoFile(long id, JsonObject run) throws Exception {
        runs.assertNoFileServed(id, run);
        Path runDirectory = server.dataDirectory().resolve("waypoint/pirl/run-" + id);
        try (Stream<Path> files = Files.list(runDirectory)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("only the part file of the interrupted attempt, never a complete one")
                    .containsExactly("pirl-KY-" + runs.quarter() + ".csv.part");
        }
    }
}
