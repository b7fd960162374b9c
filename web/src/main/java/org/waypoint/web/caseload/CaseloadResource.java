package org.waypoint.web.caseload;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.waypoint.service.caseload.CaseloadBoard;
import org.waypoint.service.caseload.CaseloadMeasure;
import org.waypoint.service.caseload.CaseloadParticipant;
import org.waypoint.service.caseload.CaseloadService;
import org.waypoint.service.caseload.ReassignInput;
import org.waypoint.service.caseload.ReassignResult;
import org.waypoint.service.caseload.ReassignmentService;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.web.api.RecordBodies;

/**
 * The caseload board of an LWDA ({@code GET caseloads?lwdaId=}: an LWDA admin's own by default,
 * another is refused; a state admin names one), the participants behind a figure ({@code GET
 * caseloads/participants?lwdaId=&measure=ACTIVE&caseManager=&officeId=}, the whole LWDA without
 * caseManager and officeId), and reassignment ({@code POST caseloads/reassign}, the fields of
 * {@link ReassignInput}).
 */
@Path("caseloads")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    @EJB
    private CaseloadService caseloads;

    @EJB
    private ReassignmentService reassignment;

    @GET
    public CaseloadBoard board(@QueryParam("lwdaId") Long lwdaId) {
        return caseloads.board(lwdaId);
    }

    @GET
    @Path("participants")
    public List<CaseloadParticipant> participants(
            @QueryParam("lwdaId") Long lwdaId,
            @QueryParam("measure") String measure,
            @QueryParam("caseManager") String caseManager,
            @QueryParam("officeId") Long officeId) {
        boolean whole = (caseManager == null || caseManager.isBlank()) && officeId == null;
        return caseloads.drillDown(lwdaId, measure(measure), whole, caseManager, officeId);
    }

    @POST
    @Path("reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReassignResult reassign(JsonObject body) {
        return reassignment.reassign(RecordBodies.read(body, ReassignInput.class));
    }

    static CaseloadMeasure measure(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("measure", "Choose the figure (for example ACTIVE).");
        }
        try {
            return CaseloadMeasure.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("measure", "No figure " + value + ".");
        }
    }
}
