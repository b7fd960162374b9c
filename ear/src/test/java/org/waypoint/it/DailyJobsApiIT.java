package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * Issue 22: the daily jobs' timers fire on every server the build tests (WildFly in the H2 and
 * PostgreSQL passes, Payara in its own). The test servers set the task digest to every minute
 * ({@code -Dwaypoint.task-digest.schedule=*:*}: ear/pom.xml, ear/src/test/payara/setup-domain.sh);
 * only the timer takes the digest's day in {@code job_lock} (a state admin's "send now" does not),
 * so the day taken by this server shows the server's timer service fired it.
 */
@ExtendWith(ArquillianExtension.class)
class DailyJobsApiIT {

    private static final String JOBS = "/platform/jobs";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("the task digest's timer fires on this server and takes today; the exit rule waits for 01:30")
    void theTimersFireAtTheirSchedules() throws Exception {
        JsonObject digest = job("task-digest");
        assertThat(digest.getString("schedule")).isEqualTo("*:*");
        assertThat(digest.getString("setting")).isEqualTo("WAYPOINT_TASK_DIGEST_SCHEDULE");
        assertThat(OffsetDateTime.parse(digest.getString("nextRun")).toInstant())
                .as("every minute: the next firing within a minute")
                .isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(65));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!takenToday(digest) && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
            digest = job("task-digest");
        }
        assertThat(digest.getString("lastRunOn", null))
                .as("the digest's day, taken only by its timer: " + digest)
                .isEqualTo(LocalDate.now().toString());
        assertThat(digest.getString("takenBy")).isEqualTo(digest.getString("node"));

        JsonObject exit = job("exit");
        assertThat(exit.getString("schedule")).as("the default").isEqualTo("01:30");
        assertThat(exit.getString("setting")).isEqualTo("WAYPOINT_EXIT_SCHEDULE");
        OffsetDateTime next = OffsetDateTime.parse(exit.getString("nextRun"));
        assertThat(next.getHour()).isEqualTo(1);
        assertThat(next.getMinute()).isEqualTo(30);
        assertThat(next.toInstant()).isBetween(Instant.now(), Instant.now().plus(Duration.ofHours(25)));
    }

    @Test
    @DisplayName("state admins and monitors read the jobs; a case manager is refused")
    void whoReadsTheJobs() throws Exception {
        assertThat(Api.get(JOBS, "monitor").statusCode()).isEqualTo(200);
        assertThat(Api.get(JOBS, "cm-bluegrass").statusCode()).isEqualTo(403);
        assertThat(Api.get(JOBS, "admin-bluegrass").statusCode()).isEqualTo(403);
    }

    private static boolean takenToday(JsonObject job) {
        return LocalDate.now().toString().equals(job.getString("lastRunOn", null));
    }

    private static JsonObject job(String name) throws Exception {
        HttpResponse<String> response = Api.get(JOBS, "state-admin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray jobs = Json.createReader(new StringReader(response.body())).readArray();
        return jobs.getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("job").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no job " + name + " in " + response.body()));
    }
}
