package org.waypoint.web.platform;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.waypoint.service.platform.HealthService;
import org.waypoint.service.platform.HealthService.Health;
import org.waypoint.web.common.JsonBuilders;

/**
 * {@code GET /health}, open without login for load balancers and monitoring: 200 UP or 503 DOWN,
 * with the database's status and nothing else (no schema or product version for a stranger to
 * match against known weaknesses; PlatformIT reads the schema version through the service).
 */
@Path("health")
public class HealthResource {

    @EJB
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response check() {
        Health result = health.check();
        String database = result.databaseUp() ? "UP" : "DOWN";
        var body = JsonBuilders.object()
                .add("status", result.up() ? "UP" : "DOWN")
                .add(
                        "checks",
                        JsonBuilders.array()
                                .add(JsonBuilders.object()
                                        .add("name", "database")
                                        .add("status", database)))
                .build();
        return Response.status(result.up() ? 200 : 503).entity(body.toString()).build();
    }
}
