package org.waypoint.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.waypoint.service.monitoring.FindingService;
import org.waypoint.service.monitoring.FindingView;
import org.waypoint.service.monitoring.ItemInput;
import org.waypoint.service.monitoring.ItemView;
import org.waypoint.service.monitoring.MonitoringService;
import org.waypoint.service.monitoring.ResponseInput;
import org.waypoint.service.monitoring.ReviewInput;
import org.waypoint.service.monitoring.ReviewView;
import org.waypoint.web.api.RecordBodies;
import org.waypoint.web.common.ContentDisposition;

/**
 * Compliance monitoring: {@code POST monitoring/reviews} ({@code lwdaId}, {@code from}, {@code to},
 * {@code sampleSize}, {@code seed} optional) and {@code PUT monitoring/reviews/{id}/items/{itemId}}
 * ({@code result}, {@code comment}, {@code dueDate} for a finding, {@code version}) by monitors and
 * state admins; {@code POST monitoring/findings/{id}/response} ({@code response}) by the LWDA's
 * admin; {@code POST monitoring/findings/{id}/close|reopen} by the monitor; reading for all three,
 * an LWDA admin only within their LWDA.
 */
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @EJB
    private MonitoringService monitoring;

    @EJB
    private FindingService findings;

    @GET
    @Path("reviews")
    public List<ReviewView> reviews() {
        return monitoring.reviews();
    }

    @POST
    @Path("reviews")
    public Response create(JsonObject body) {
        ReviewView created = monitoring.create(RecordBodies.read(body, ReviewInput.class));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("reviews/{id}")
    public ReviewView review(@PathParam("id") long id) {
        return monitoring.review(id);
    }

    @GET
    @Path("reviews/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(findings.pdf(id), "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline("compliance-review-" + id + ".pdf"))
                .build();
    }

    @PUT
    @Path("reviews/{id}/items/{itemId}")
    public ItemView check(@PathParam("id") long id, @PathParam("itemId") long itemId, JsonObject body) {
        return monitoring.check(id, itemId, RecordBodies.read(body, ItemInput.class));
    }

    @GET
    @Path("findings")
    public List<FindingView> findings(@QueryParam("lwdaId") Long lwdaId) {
        return findings.findings(lwdaId);
    }

    @POST
    @Path("findings/{id}/response")
    public ItemView respond(@PathParam("id") long id, JsonObject body) {
        return findings.respond(id, RecordBodies.read(body, ResponseInput.class));
    }

    @POST
    @Path("findings/{id}/close")
    public ItemView close(@PathParam("id") long id, JsonObject body) {
        return monitoring.close(id, version(body));
    }

    @POST
    @Path("findings/{id}/reopen")
    public ItemView reopen(@PathParam("id") long id, JsonObject body) {
        return monitoring.reopen(id, version(body));
    }

    /** The optional {@code version} of the finding the monitor loaded. */
    private static Long version(JsonObject body) {
        return RecordBodies.optionalLong(body, "version");
    }
}
