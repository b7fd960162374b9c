package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/** {@code GET /me}: who the credentials belong to, their role and LWDA. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private CallerService callers;

    @GET
    public StaffPrincipal me() {
        return callers.current();
    }
}
