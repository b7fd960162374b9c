package org.waypoint.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.waypoint.service.reference.AgencyZone;
import org.waypoint.service.reference.AgencyZones;

/**
 * The time zone this request's pages show times in: the signed-in staff member's office zone, else
 * their state's ({@link AgencyZones#forCaller()}); Eastern before sign-in. Looked up once a request,
 * so an admin's change to an office's zone shows on the next page.
 */
@RequestScoped
public class StaffZone {

    @EJB
    private AgencyZones zones;

    @Inject
    private HttpServletRequest request;

    private ZoneId zone;

    public ZoneId get() {
        if (zone == null) {
            zone = request.getUserPrincipal() == null ? AgencyZone.DEFAULT : zones.forCaller();
        }
        return zone;
    }
}
