package org.waypoint.web.reference;

import jakarta.ejb.EJB;
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

    /** The body of POST: {@code lwdaId} null (or absent) for a sector of the state plan. */
    public static class NewSector {
        public String stateCode;
        public Long lwdaId;
        public String name;
        public String description;
    }

    /** The body of PUT: send the versionLock you loaded; {@code active} absent leaves it as it is. */
    public static class SectorChange {
        public Long versionLock;
        public String name;
        public String description;
        public Boolean active;
    }

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
    public Response add(NewSector body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInputException.of("name", "Send the sector as JSON.");
        }
        SectorView created = reference.saveSector(
                null, null, new SectorInput(body.stateCode, body.lwdaId, body.name, body.description, null));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public SectorView change(@PathParam("id") long id, SectorChange body) {
        if (body == null || body.versionLock == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the sector you loaded.");
        }
        return reference.saveSector(
                id, body.versionLock, new SectorInput(null, null, body.name, body.description, body.active));
    }
}
