package org.waypoint.web.training;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.waypoint.service.training.ItaPaymentInput;
import org.waypoint.service.training.ItaPaymentView;
import org.waypoint.service.training.ItaPayments;
import org.waypoint.service.training.TrainingInput;
import org.waypoint.service.training.TrainingService;
import org.waypoint.service.training.TrainingView;
import org.waypoint.web.api.RecordBodies;

/**
 * One training: changed (PUT, with the {@code version} loaded) and paid from its ITA (POST
 * payments, within the obligation and the local board's cap).
 */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @EJB
    private TrainingService trainings;

    @EJB
    private ItaPayments payments;

    /** Body: the fields of {@link TrainingInput}, with the {@code version} loaded. */
    @PUT
    @Path("{id}")
    public TrainingView change(@PathParam("id") long id, JsonObject body) {
        return trainings.change(id, RecordBodies.read(body, TrainingInput.class));
    }

    /** Body: the fields of {@link ItaPaymentInput}. */
    @POST
    @Path("{id}/payments")
    public Response pay(@PathParam("id") long id, JsonObject body) {
        ItaPaymentView paid = payments.pay(id, RecordBodies.read(body, ItaPaymentInput.class));
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }
}
