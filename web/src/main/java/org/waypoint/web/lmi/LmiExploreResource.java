package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.explore.CareerExplorationService;
import org.waypoint.service.lmi.explore.InterestMatchView;
import org.waypoint.service.reference.InDemandLabel;
import org.waypoint.web.common.JsonBuilders;

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
    public List<JsonObject> explore(
            @QueryParam("riasec") String riasec,
            @QueryParam("jobZone") String jobZone,
            @QueryParam("area") String area,
            @QueryParam("max") @DefaultValue("20") int max) {
        String areaId = area == null || area.isBlank()
                ? lmi.areaForCaller().map(org.waypoint.service.lmi.Area::id).orElse(null)
                : area.strip();
        return exploration.explore(riasec, null, zone(jobZone), areaId, null, max).stream()
                .map(LmiExploreResource::json)
                .toList();
    }

    /** Every field always present: a figure not published is JSON null, never left out or 0. */
    static JsonObject json(InterestMatchView m) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("soc", m.soc())
                .add("title", m.title())
                .add("onetSocCode", m.onetSocCode())
                .add("highPoints", m.highPoints())
                .add("jobZone", m.jobZone())
                .add("agreement", m.agreement())
                .add("areaId", m.areaId());
        value(body, "correlation", m.correlation());
        value(body, "medianAnnualWage", m.medianAnnualWage() == null ? null : BigDecimal.valueOf(m.medianAnnualWage()));
        value(body, "medianHourlyWage", m.medianHourlyWage());
        value(body, "annualOpenings", m.annualOpenings() == null ? null : BigDecimal.valueOf(m.annualOpenings()));
        value(body, "percentChange", m.percentChange());
        body.add(
                "signal",
                JsonBuilders.object()
                        .add("inDemand", m.signal().inDemand())
                        .add("known", m.signal().known())
                        .add(
                                "explanation",
                                m.signal().explanation() == null
                                        ? ""
                                        : m.signal().explanation()));
        InDemandLabel label = m.officialInDemand();
        if (label == null) {
            body.addNull("officialInDemand");
        } else {
            JsonObjectBuilder official = JsonBuilders.object()
                    .add("status", label.status().name())
                    .add("listed", label.listed())
                    .add("text", label.text());
            if (label.listName() == null) {
                official.addNull("listName");
            } else {
                official.add("listName", label.listName());
            }
            body.add("officialInDemand", official);
        }
        return body.build();
    }

    private static void value(JsonObjectBuilder body, String name, BigDecimal value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
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
