package org.waypoint.web.services;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.services.ServiceEntryRow;
import org.waypoint.service.services.ServiceRecordInput;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.services.ServiceRecordView;
import org.waypoint.web.api.RecordBodies;
import org.waypoint.web.api.VoidRequest;

/**
 * One service: read it, correct it (PUT the fields of {@link ServiceRecordInput} with the
 * {@code version} loaded; a stale version answers 409), void it with {@code {"reason": ...}} (never
 * deleted). {@code POST /services/batch} records several services at once, all or none:
 * {@code {"rows": [{"participantId": 1, ...the fields of ServiceRecordInput}]}}; a refused value is
 * named by its row, as {@code rows[2].serviceCodeId}.
 */
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {

    @EJB
    private ServiceRecordService services;

    @GET
    @Path("{id}")
    public ServiceRecordView find(@PathParam("id") long id) {
        return services.service(id);
    }

    @PUT
    @Path("{id}")
    public ServiceRecordView change(@PathParam("id") long id, JsonObject body) {
        return services.update(id, RecordBodies.read(body, ServiceRecordInput.class));
    }

    /** Body: {@code {"reason": "..."}}, optionally with the {@code version} loaded. */
    @POST
    @Path("{id}/void")
    public ServiceRecordView voidService(@PathParam("id") long id, JsonObject body) {
        VoidRequest request = VoidRequest.read(body);
        return services.voidService(id, request.reason(), request.version());
    }

    @POST
    @Path("batch")
    public Response recordAll(JsonObject body) {
        if (body == null || !(body.get("rows") instanceof JsonArray array)) {
            throw InvalidInputException.of("rows", "Send the services as a list named rows.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<ServiceEntryRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            String prefix = "rows[" + i + "].";
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.put("rows[" + i + "]", "Send an object.");
                continue;
            }
            JsonObject row = value.asJsonObject();
            try {
                Long participantId = RecordBodies.optionalLong(row, "participantId");
                rows.add(new ServiceEntryRow(participantId, RecordBodies.read(row, ServiceRecordInput.class)));
            } catch (InvalidInputException e) {
                e.getFieldErrors().forEach((field, message) -> errors.put(prefix + field, message));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Response.status(201).entity(services.recordAll(rows)).build();
    }
}
