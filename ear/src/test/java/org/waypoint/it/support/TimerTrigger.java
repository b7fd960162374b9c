package org.waypoint.it.support;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.exit.ExitJob;
import org.waypoint.service.platform.ServerNode;

/**
 * In the test EAR only: fires a server's daily timer now, as the timer service does at 01:30 on
 * every node of a cluster at once (ClusterFailoverIT), and answers which node this is and which
 * node holds the day in {@code job_lock} afterwards. Under /api/v1, so only a signed-in caller gets here.
 */
@Path("/it/timers")
public class TimerTrigger {

    @EJB
    private ExitJob exitJob;

    @EJB
    private Probe probe;

    @POST
    @Path("exit")
    @Produces(MediaType.APPLICATION_JSON)
    public String exit() {
        exitJob.daily();
        List<?> takenBy = probe.nativeList("SELECT taken_by FROM job_lock WHERE name = 'exit'");
        return "{\"node\":\"" + ServerNode.name() + "\",\"takenBy\":\"" + takenBy.get(0) + "\"}";
    }
}
