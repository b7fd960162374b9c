package org.waypoint.web.platform;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.platform.DailyJobs;
import org.waypoint.service.platform.DailyJobs.JobStatus;

/**
 * {@code GET platform/jobs}, for state admins and monitors: each daily job (the exit rule, the
 * task digest) with the time it runs, when the answering server's timer fires next, and the day
 * and server that last took it.
 */
@Path("platform/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class DailyJobsResource {

    @EJB
    private DailyJobs jobs;

    @GET
    public List<JobStatus> status() {
        return jobs.status();
    }
}
