package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Issue 18, "never log values of case data": whatever a request sends, and however the database
 * refuses a row, the server log keeps no participant's values. The log is read from the server's own
 * file, from a mark taken before each test.
 */
@ExtendWith(ArquillianExtension.class)
class CaseDataLogIT {

    private static final String MARKER = "Zebquarrington";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CaseDataLogIT.class);
    }

    @EJB
    private Probe probe;

    @Test
    @DisplayName("a row the database refuses is logged by EclipseLink without the values it quoted")
    void aDatabaseRefusalIsLoggedWithoutValues() throws Exception {
        long first = Participants.register("Logged", "1984-07-02");
        long second = Participants.register("Logged", "1984-07-02");
        long mark = size();

        // Both rows take one participant number: PostgreSQL and H2 both quote the duplicate key.
        Throwable refused = catchThrowable(() -> probe.nativeUpdate("UPDATE participant SET participant_number = '"
                + MARKER.substring(0, 10) + "' WHERE id IN (" + first + ", " + second + ")"));

        assertThat(refused).as("the database refused the second row").isNotNull();
        String logged = since(mark);
        assertThat(logged).as("EclipseLink logged the refusal").contains("DatabaseException");
        assertThat(logged).contains("23505").doesNotContain(MARKER.substring(0, 10));
    }

    @Test
    @DisplayName("requests the API refuses leave none of their values in the log")
    void refusedRequestsLeaveNoValues() throws Exception {
        long participant = Participants.register("Logged", "1984-07-02");
        long mark = size();
        String big = MARKER.repeat(80_000);
        HttpResponse<?>[] answers = {
            Api.post(
                    "/participants",
                    "cm-bluegrass",
                    "{\"firstName\":\"" + big + "\",\"lastName\":\"" + MARKER + "\",\"dateOfBirth\":\"1984-07-02\"}"),
            Api.post(
                    "/participants",
                    "cm-bluegrass",
                    "{\"firstName\":\"" + MARKER + "\",\"lastName\":\"" + MARKER + "\",\"dateOfBirth\":\"" + MARKER
                            + "\"}"),
            Api.post("/participants", "cm-bluegrass", "{\"firstName\":\"" + MARKER + "\", nope"),
            Api.put(
                    "/participants/" + participant,
                    "cm-bluegrass",
                    "{\"firstName\":\"" + MARKER + "\",\"versionLock\":\"" + MARKER + "\"}"),
            Api.post(
                    "/participants/" + participant + "/services",
                    "cm-bluegrass",
                    "{\"serviceCodeId\":1,\"status\":\"PLANNED\",\"plannedCost\":987654321987654.55,\"provider\":\""
                            + big + "\"}"),
            Api.post(
                    "/participants",
                    "monitor",
                    "{\"firstName\":\"" + MARKER + "\",\"lastName\":\"" + MARKER
                            + "\",\"dateOfBirth\":\"1984-07-02\"}"),
        };
        for (HttpResponse<?> answer : answers) {
            assertThat(answer.statusCode())
                    .as(answer.uri() + " " + answer.body())
                    .isBetween(400, 499);
        }
        assertThat(since(mark)).doesNotContain(MARKER).doesNotContain("987654321987654");
    }

    private static Path log() {
        return Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    }

    private static long size() throws IOException {
        return Files.size(log());
    }

    private static String since(long mark) throws Exception {
        Thread.sleep(300); // the file handler writes as it logs; a moment for the last line to land
        try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
            file.seek(mark);
            byte[] bytes = new byte[(int) (file.length() - mark)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
