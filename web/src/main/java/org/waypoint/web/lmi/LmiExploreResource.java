package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.explore.CareerExplorationService;
import org.waypoint.service.lmi.explore.InterestMatchView;

/**
 * Career exploration for other systems: {@code GET /api/v1/lmi/explore?riasec=SIC&jobZone=3&area=KY-bluegrass}
 * answers the occupations of that job zone whose O*NET interest profiles agree with the interest
 * code, best first, with the area's median wage, openings, growth, Waypoint's signal and the boards'
 * official in-demand label. Without {@code area}, the caller's own. Anything but one to three
 * distinct RIASEC letters, a job zone outside 1 to 5 or an unknown area is a 400 naming the field.
 * Every staff role may ask (the services check it), as for the other LMI resources.
 */
@Path("lmi/explore")
@Produces(MediaType.APPLICATION_JSON)
public class LmiExploreResource {

    @EJB
    private CareerExplorationService exploration;

    @EJB
    private LmiService lmi;

    @GET
    public List<InterestMatchView> explore(
            @QueryParam("riasec") String riasec,
            @QueryParam("jobZone") String jobZone,
            @QueryParam("area") String area,
            @QueryParam("max") @DefaultValue("20") int max) {
        String areaId = area == null || area.isBlank()
                ? lmi.areaForCaller().map(org.waypoint.service.lmi.Area::id).orElse(null)
                : area.strip();
        return exploration.explore(riasec, null, zone(jobZone), areaId, null, max);
    }

    /** A job zone that is not a whole number is refused here, by name, rather than as a 404. */
    private static Integer zone(String jobZone) {
        if (jobZone == null || jobZone.isBlank()) {
            throw InvalidInputException.of("jobZone", "Give the job zone, a whole number from 1 to 5.");
        }
        try {
            return Integer.valueOf(jobZone.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("jobZone", "Give the job zone, a whole number from 1 to 5.");
        }
    }
}
