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
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.reference.ServiceCodeInput;
import org.waypoint.service.reference.ServiceCodeView;
import org.waypoint.web.api.RecordBodies;

/**
 * A state's service catalog: {@code ?state=KY} lists its active activity codes (without state, the
 * caller's own; {@code &deactivated=true} adds the deactivated ones, last). State admins add codes
 * (POST) and rename, correct, deactivate ({@code "active": false}) or reactivate them (PUT).
 */
@Path("reference/service-catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceCatalogResource {

    @EJB
    private ServiceCatalogService catalog;

    @GET
    public List<ServiceCodeView> list(
            @QueryParam("state") String state, @QueryParam("deactivated") boolean withDeactivated) {
        return catalog.catalog(state, withDeactivated);
    }

    @GET
    @Path("{id}")
    public ServiceCodeView find(@PathParam("id") long id) {
        return catalog.serviceCode(id);
    }

    /** Body: the fields of {@link ServiceCodeInput}. */
    @POST
    public Response add(JsonObject body, @Context UriInfo uri) {
        ServiceCodeView created = catalog.save(null, null, RecordBodies.read(body, ServiceCodeInput.class));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    /** Body: as POST (the code and state may be left out: they are fixed), plus the {@code versionLock} loaded. */
    @PUT
    @Path("{id}")
    public ServiceCodeView change(@PathParam("id") long id, JsonObject body) {
        long versionLock = RecordBodies.versionLock(body, "code");
        return catalog.save(id, versionLock, RecordBodies.read(body, ServiceCodeInput.class));
    }
}
