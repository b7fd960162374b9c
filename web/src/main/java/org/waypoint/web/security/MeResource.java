package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.service.security.StaffAccountService.OwnPreferences;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.web.api.RecordBodies;

/**
 * {@code GET /me}: who the credentials belong to, their role and LWDA. {@code GET/PUT me/preferences}
 * read and set the caller's own preferences: {@code {"language": "es"}} (en or es, issue 19).
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private CallerService callers;

    @EJB
    private StaffAccountService staff;

    @GET
    public StaffPrincipal me() {
        return callers.current();
    }

    @GET
    @Path("preferences")
    public OwnPreferences preferences() {
        return staff.ownPreferences();
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnPreferences setPreferences(JsonObject body) {
        OwnPreferences input = body == null ? null : RecordBodies.read(body, OwnPreferences.class);
        if (input == null || input.language() == null) {
            throw InvalidInputException.of("language", "Name the language of the pages: en (English) or es (Spanish).");
        }
        return staff.setOwnPreferences(input);
    }
}
