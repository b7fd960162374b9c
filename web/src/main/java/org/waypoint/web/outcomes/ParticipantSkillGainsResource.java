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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.waypoint.service.outcomes.SkillGainInput;
import org.waypoint.service.outcomes.SkillGainService;
import org.waypoint.service.outcomes.SkillGainView;
import org.waypoint.web.api.RecordBodies;

/**
 * A participant's measurable skill gains: listed newest first, voided ones included ({@code voidedAt} and
 * {@code voidReason} set), and recorded (POST the fields of {@link SkillGainInput}; the answer's
 * Location is the skill gain under {@code /skill-gains/{id}}).
 */
@Path("participants/{participantId}/skill-gains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantSkillGainsResource {

    @EJB
    private SkillGainService skillGains;

    @GET
    public List<SkillGainView> list(@PathParam("participantId") long participantId) {
        return skillGains.skillGains(participantId);
    }

    @POST
    public Response record(@PathParam("participantId") long participantId, JsonObject body) {
        SkillGainView created = skillGains.record(participantId, RecordBodies.read(body, SkillGainInput.class));
        return Response.created(UriBuilder.fromResource(SkillGainResource.class)
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
