package org.waypoint.it;

import static org.waypoint.it.support.PirlInterruptions.rows;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.PirlInterruptions;

/**
 * Issue 22, the Payara pass only: a PIRL run a state admin stops mid-way and restarts on Payara's
 * JBatch ends with the file of an uninterrupted run, byte for byte, as PirlKillIT shows on WildFly's
 * JBeret (where it also kills the server; the Arquillian-managed Payara is not killed).
 */
@ExtendWith(ArquillianExtension.class)
class PirlStopPayaraIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("a run stopped mid-way and restarted on JBatch ends with the file of an uninterrupted run")
    void stoppedAndRestartedGivesTheSameFile() throws Exception {
        PirlInterruptions runs = new PirlInterruptions(PirlInterruptions.SUITE_SERVER, 300);
        runs.createParticipants("Stopped");
        long id = runs.startOneByOne();
        runs.untilFirstCheckpoint(id);
        JsonObject stopped = runs.stop(id);
        runs.assertNoFileServed(id, stopped);

        runs.assertSameAsUninterrupted(id, runs.restart(id), rows(stopped));
    }
}
