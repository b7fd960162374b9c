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
import org.waypoint.service.outcomes.CredentialInput;
import org.waypoint.service.outcomes.CredentialService;
import org.waypoint.service.outcomes.CredentialView;
import org.waypoint.web.api.RecordBodies;

/**
 * A participant's credentials: listed newest first, voided ones included ({@code voidedAt} and
 * {@code voidReason} set), and recorded (POST the fields of {@link CredentialInput}; the answer's
 * Location is the credential under {@code /credentials/{id}}).
 */
@Path("participants/{participantId}/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantCredentialsResource {

    @EJB
    private CredentialService credentials;

    @GET
    public List<CredentialView> list(@PathParam("participantId") long participantId) {
        return credentials.credentials(participantId);
    }

    @POST
    public Response record(@PathParam("participantId") long participantId, JsonObject body) {
        CredentialView created = credentials.record(participantId, RecordBodies.read(body, CredentialInput.class));
        return Response.created(UriBuilder.fromResource(CredentialResource.class)
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
