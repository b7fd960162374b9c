package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.it.support.KillableServer;

/**
 * Issue 22: "bad configuration fails the start with a message that says what to set". A daily
 * job's time in a form the timer cannot take stops Waypoint's start on a server of its own (WildFly;
 * the same bean and message on any server), and the log names the setting and the form it takes.
 */
class JobScheduleStartIT {

    @Test
    @DisplayName("an exit time the timer cannot take stops the start, naming WAYPOINT_EXIT_SCHEDULE and HH:MM")
    void aScheduleInAnotherFormStopsTheStart() throws Exception {
        try (KillableServer server = new KillableServer("schedule-refused")) {
            server.with("waypoint.exit.schedule=1.30am");
            String log = server.startWithoutWaypoint();
            assertThat(log)
                    .contains("Setting waypoint.exit.schedule (WAYPOINT_EXIT_SCHEDULE) must be a time of day as HH:MM"
                            + " in 24-hour server time, such as 01:30")
                    .contains("not '1.30am'");
            var health = server.get("/health", null);
            assertThat(health.statusCode())
                    .as("a balancer's health check finds this server down: " + health.body())
                    .isNotEqualTo(200);
        }
    }
}
