package org.waypoint.web.outcomes;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.outcomes.CredentialService;
import org.waypoint.service.outcomes.CredentialView;
import org.waypoint.web.api.VoidRequest;

/**
 * One credential: read it, or void it with {@code {"reason": ..., "version": ...}} (never deleted; a
 * stale version answers 409 naming who saved first).
 */
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialResource {

    @EJB
    private CredentialService credentials;

    @GET
    @Path("{id}")
    public CredentialView find(@PathParam("id") long id) {
        return credentials.credential(id);
    }

    @POST
    @Path("{id}/void")
    public CredentialView voidCredential(@PathParam("id") long id, JsonObject body) {
        VoidRequest request = VoidRequest.read(body);
        return credentials.voidCredential(id, request.reason(), request.version());
    }
}
