package org.waypoint.web.caseload;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.waypoint.service.caseload.TransferDecision;
import org.waypoint.service.caseload.TransferInput;
import org.waypoint.service.caseload.TransferService;
import org.waypoint.service.caseload.TransferView;
import org.waypoint.web.api.RecordBodies;

/**
 * Transfers between LWDAs: {@code POST transfers} ({@code participantId}, {@code toLwdaId},
 * {@code reason}) by the sending LWDA's admin; {@code POST transfers/{id}/accept} ({@code
 * caseManager} or {@code caseManagerId}, {@code officeId}) and {@code POST transfers/{id}/decline}
 * ({@code reason}) by the receiving LWDA's admin; {@code GET transfers?lwdaId=} the pending ones an
 * LWDA sends or receives.
 */
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    @EJB
    private TransferService transfers;

    @GET
    public List<TransferView> pending(@QueryParam("lwdaId") Long lwdaId) {
        return transfers.pendingTransfers(lwdaId);
    }

    @POST
    public Response request(JsonObject body) {
        TransferView created = transfers.request(RecordBodies.read(body, TransferInput.class));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/accept")
    public TransferView accept(@PathParam("id") long id, JsonObject body) {
        return transfers.accept(id, decision(body));
    }

    @POST
    @Path("{id}/decline")
    public TransferView decline(@PathParam("id") long id, JsonObject body) {
        return transfers.decline(id, decision(body));
    }

    private static TransferDecision decision(JsonObject body) {
        return RecordBodies.read(body, TransferDecision.class);
    }
}
