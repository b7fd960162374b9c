package org.waypoint.web.reference;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.SectorInput;
import org.waypoint.service.reference.SectorView;
import org.waypoint.web.api.RecordBodies;

/**
 * Target industry sectors a plan aligns with: {@code ?lwda={id}} lists the state plan's and that
 * LWDA's own (marked {@code local}), {@code ?state=KY} the state plan's. Admins add (POST) and change
 * or deactivate ({@code PUT} with {@code "active": false}) them; the service decides who may.
 */
@Path("reference/industry-sectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndustrySectorResource {

    @EJB
    private PlanReferenceService reference;

    @GET
    public List<SectorView> list(@QueryParam("lwda") Long lwdaId, @QueryParam("state") String state) {
        if (lwdaId != null) {
            return reference.sectors(lwdaId);
        }
        if (state != null) {
            return reference.stateSectors(state);
        }
        throw InvalidInputException.of("lwda", "Give lwda (an LWDA id) or state (a state code such as KY).");
    }

    @GET
    @Path("{id}")
    public SectorView find(@PathParam("id") long id) {
        return reference.sector(id);
    }

    @POST
    /** Body: the fields of {@link SectorInput}; {@code lwdaId} null (or absent) for a sector of the state plan. */
    public Response add(JsonObject body, @Context UriInfo uri) {
        SectorView created = reference.saveSector(null, null, RecordBodies.read(body, SectorInput.class));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    /**
     * Body: {@code name}, {@code description}, {@code active} (absent: as it is) and the {@code
     * versionLock} you loaded; the state and LWDA of a sector do not change.
     */
    public SectorView change(@PathParam("id") long id, JsonObject body) {
        return reference.saveSector(
                id, RecordBodies.versionLock(body, "sector"), RecordBodies.read(body, SectorInput.class));
    }
}
