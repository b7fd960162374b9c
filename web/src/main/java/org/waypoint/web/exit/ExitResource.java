package org.waypoint.web.exit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.exit.ApproachingExit;
import org.waypoint.service.exit.ExitApproachingService;
import org.waypoint.service.exit.ExitJob;
import org.waypoint.service.exit.ExitSql;
import org.waypoint.web.api.JsonScalars;

/**
 * The exit rule's side of the API: {@code GET approaching} lists the open enrollments nearing the
 * 90-day exit (the caller's LWDA, or all for state roles); {@code POST run?asOf=YYYY-MM-DD} lets a
 * state admin run the daily exit job now (today when no date) and answers the run's counts; {@code
 * GET runs} lists the latest runs.
 */
@Path("exits")
@Produces(MediaType.APPLICATION_JSON)
public class ExitResource {

    private static final int RUNS_SHOWN = 30;

    @EJB
    private ExitApproachingService approaching;

    @EJB
    private ExitJob job;

    @GET
    @Path("approaching")
    public List<ApproachingExit> approaching() {
        return approaching.approaching();
    }

    @POST
    @Path("run")
    public ExitSql.Counts run(@QueryParam("asOf") String asOf) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate given = JsonScalars.date(errors, "asOf", asOf);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate day = given == null ? null : given;
        return job.runNow(day);
    }

    @GET
    @Path("runs")
    public List<ExitSql.Counts> runs() {
        return job.runs(RUNS_SHOWN);
    }
}
