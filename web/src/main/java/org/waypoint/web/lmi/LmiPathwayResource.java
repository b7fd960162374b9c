package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.pathway.CareerPathway;
import org.waypoint.service.lmi.pathway.CareerPathwayService;
import org.waypoint.service.lmi.pathway.CareerStep;
import org.waypoint.service.lmi.pathway.StartingPoint;
import org.waypoint.web.common.JsonBuilders;

/**
 * The suggested career pathway at /lmi/pathway?from=&to=&area=: the steps from an occupation (or a
 * participant's own starting point, or Job Zone 1) to the goal, each with its O*NET Job Zone,
 * typical education, local wage and openings and why it is on the path. Its own class so that the
 * pathway grows without touching the occupation resource; the more specific path wins over "lmi".
 * The service checks the caller's role (any staff) and, for a participant, that they may see them.
 */
@Path("lmi/pathway")
@Produces(MediaType.APPLICATION_JSON)
public class LmiPathwayResource {

    @EJB
    private CareerPathwayService pathways;

    /**
     * @param to the goal's SOC code (required)
     * @param area an area id of /lmi/areas (required)
     * @param from the SOC code of the occupation the career seeker holds or held (optional)
     * @param participant a participant id whose education and assessment give the start when
     *     {@code from} is absent (optional)
     */
    @GET
    public JsonObject pathway(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("area") String area,
            @QueryParam("participant") String participant) {
        return json(pathways.suggest(from, to, area, participantId(participant)));
    }

    private static Long participantId(String participant) {
        if (participant == null || participant.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(participant.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("participant", "Give the participant's id, a number.");
        }
    }

    static JsonObject json(CareerPathway pathway) {
        StartingPoint start = pathway.start();
        JsonObjectBuilder from = JsonBuilders.object();
        text(from, "soc", start.soc());
        text(from, "title", start.title());
        number(from, "jobZone", start.jobZone());
        from.add("explanation", start.explanation().english());
        JsonArrayBuilder steps = JsonBuilders.array();
        for (CareerStep step : pathway.steps()) {
            JsonObjectBuilder item =
                    JsonBuilders.object().add("soc", step.soc()).add("title", step.title());
            number(item, "jobZone", step.jobZone());
            text(
                    item,
                    "jobZoneName",
                    step.jobZoneName() == null ? null : step.jobZoneName().english());
            text(item, "typicalEducation", step.typicalEducation());
            text(item, "onetRequiredEducation", step.onetRequiredEducation());
            number(item, "medianAnnualWage", step.medianAnnualWage());
            number(item, "annualOpenings", step.annualOpenings());
            text(item, "tier", step.tier());
            item.add("goal", step.goal());
            item.add("explanation", step.explanation().english());
            steps.add(item);
        }
        return JsonBuilders.object()
                .add("goal", pathway.goal().soc())
                .add(
                        "area",
                        JsonBuilders.object()
                                .add("id", pathway.area().id())
                                .add("name", pathway.area().name())
                                .add("type", pathway.area().type().name()))
                .add("start", from)
                .add("steps", steps)
                .add("attribution", OccupationProfile.ONET_ATTRIBUTION)
                .build();
    }

    private static void number(JsonObjectBuilder body, String name, Integer value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }

    private static void text(JsonObjectBuilder body, String name, String value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }
}
