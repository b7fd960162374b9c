package org.waypoint.web.reporting.pirl;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reporting.pirl.PirlError;
import org.waypoint.service.reporting.pirl.PirlRunService;
import org.waypoint.service.reporting.pirl.PirlRunView;
import org.waypoint.web.api.Paging;
import org.waypoint.web.common.ContentDisposition;

/**
 * The quarterly PIRL file over the API. {@code POST reports/pirl?state=KY&quarter=2026Q3} (state
 * admins; optional {@code chunkSize}, records per checkpoint) answers 202 with the run; {@code GET
 * reports/pirl} the history ({@code ?state=}); {@code GET reports/pirl/{runId}} status, progress,
 * counts and the first errors ({@code ?first=&max=} pages them); {@code GET .../file} the completed
 * file (state admins); {@code POST .../stop} and {@code .../restart}.
 */
@Path("reports/pirl")
@Produces(MediaType.APPLICATION_JSON)
public class PirlResource {

    @EJB
    private PirlRunService runs;

    @POST
    public Response start(
            @QueryParam("state") String state,
            @QueryParam("quarter") String quarter,
            @QueryParam("chunkSize") String chunkSize) {
        PirlRunView run = runs.start(state, quarter, chunkSize(chunkSize));
        return Response.accepted(body(run, List.of())).build();
    }

    @GET
    public List<PirlRunView> history(@QueryParam("state") String state) {
        return runs.history(state);
    }

    @GET
    @Path("{runId}")
    public Map<String, Object> run(
            @PathParam("runId") long runId,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max) {
        return body(runs.run(runId), runs.errors(runId, Paging.first(first), Paging.max(max, 1000)));
    }

    @GET
    @Path("{runId}/file")
    @Produces("text/csv")
    public Response file(@PathParam("runId") long runId) {
        java.nio.file.Path file = runs.file(runId);
        PirlRunView run = runs.run(runId);
        StreamingOutput content = out -> Files.copy(file, out);
        return Response.ok(content, "text/csv")
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(file.getFileName().toString()))
                .header("X-Content-SHA256", run.sha256())
                .build();
    }

    @POST
    @Path("{runId}/stop")
    public Map<String, Object> stop(@PathParam("runId") long runId) {
        return body(runs.stop(runId), List.of());
    }

    @POST
    @Path("{runId}/restart")
    public Response restart(@PathParam("runId") long runId) {
        return Response.accepted(body(runs.restart(runId), List.of())).build();
    }

    private static Map<String, Object> body(PirlRunView run, List<PirlError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", run.id());
        body.put("run", run);
        body.put("status", run.status().name());
        body.put("progress", run.percent());
        body.put("errors", errors.stream().map(PirlResource::error).toList());
        return body;
    }

    /** A finding with the link to the participant page's tab that fixes it. */
    private static Map<String, Object> error(PirlError e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("participantId", e.participantId());
        error.put("participantNumber", e.participantNumber());
        error.put("element", e.element());
        error.put("family", e.family().name());
        error.put("message", e.message());
        error.put("fix", "/waypoint/" + e.fixPath());
        return error;
    }

    private static Integer chunkSize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("chunkSize", "Records per checkpoint: a whole number, 1 to 5000.");
        }
    }
}
