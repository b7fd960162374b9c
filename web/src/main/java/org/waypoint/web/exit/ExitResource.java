package org.waypoint.web.exit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.exit.ApproachingExit;
import org.waypoint.service.exit.ExitApproachingService;
import org.waypoint.service.exit.ExitJob;
import org.waypoint.service.exit.ExitSql;

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
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("asOf", "Give the date as YYYY-MM-DD.");
        }
        return job.runNow(day);
    }

    @GET
    @Path("runs")
    public List<ExitSql.Counts> runs() {
        return job.runs(RUNS_SHOWN);
    }
}
