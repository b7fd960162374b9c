package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reference.AgencyZones;
import org.waypoint.service.reference.ItaLimitView;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.reference.ReferenceService.OfficeView;
import org.waypoint.service.reference.ReferenceService.StateView;
import org.waypoint.service.reference.StatePolicyInput;
import org.waypoint.web.api.RecordBodies;

/**
 * Reference data: states, LWDAs with their offices and ITA cap, and the counties and LWDAs of a ZIP
 * code. Target sectors and training programs have their own resources under reference/.
 */
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @EJB
    private ReferenceService reference;

    @EJB
    private PlanReferenceService planReference;

    @EJB
    private AgencyZones zones;

    /** The body of PUT lwdas/{id}/ita-limit: itaLimit null removes the cap. */
    public record ItaLimitChange(Long versionLock, java.math.BigDecimal itaLimit) {}

    @GET
    @Path("states")
    public List<StateView> states() {
        return reference.states();
    }

    /**
     * State admins: the fields of {@link StatePolicyInput}: {@code planReviewIntervalDays} (null:
     * none), {@code assessmentMaxAgeMonths}, {@code strategyMaxAgeMonths} and {@code
     * compulsorySchoolAge} (absent: unchanged), {@code timeZone} (an IANA region id such as
     * America/New_York; absent: unchanged; anything else a 400 naming timeZone), and the {@code
     * version} loaded.
     */
    @PUT
    @Path("states/{code}")
    @Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    public StateView updateState(@PathParam("code") String code, JsonObject body) {
        return reference.updatePlanPolicy(code, RecordBodies.read(body, StatePolicyInput.class));
    }

    @GET
    @Path("lwdas")
    public List<LwdaView> lwdas() {
        return reference.lwdas();
    }

    /** An office's own time zone: {@code {"timeZone": "America/Chicago"}}; null or "" reverts to the state's. */
    public record OfficeZoneChange(String timeZone) {}

    /**
     * LWDA and state admins: sets an office's time zone (a region id such as America/Chicago; an
     * abbreviation or an offset is a 400 naming timeZone).
     */
    @PUT
    @Path("offices/{id}/time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    public OfficeView setOfficeZone(@PathParam("id") long officeId, JsonObject json) {
        OfficeZoneChange body =
                json == null ? new OfficeZoneChange(null) : RecordBodies.read(json, OfficeZoneChange.class);
        return zones.setOfficeZone(officeId, body.timeZone());
    }

    @GET
    @Path("lwdas/{id}/offices")
    public List<OfficeView> offices(@PathParam("id") long lwdaId) {
        reference.lwda(lwdaId);
        return reference.offices(lwdaId);
    }

    /** The LWDA's Individual Training Account cap ({@code itaLimit} null: none) and its versionLock. */
    @GET
    @Path("lwdas/{id}/ita-limit")
    public ItaLimitView itaLimit(@PathParam("id") long lwdaId) {
        return planReference.itaLimitView(lwdaId);
    }

    @PUT
    @Path("lwdas/{id}/ita-limit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItaLimitView changeItaLimit(@PathParam("id") long lwdaId, JsonObject json) {
        ItaLimitChange body = json == null ? null : RecordBodies.read(json, ItaLimitChange.class);
        if (body == null || body.versionLock() == null) {
            throw InvalidInputException.of("versionLock", "Send the versionLock of the limit you loaded.");
        }
        return planReference.setItaLimit(lwdaId, body.versionLock(), body.itaLimit());
    }

    @GET
    @Path("zip/{zip}")
    public List<CountyArea> zip(@PathParam("zip") String zip) {
        return reference.resolveZip(zip);
    }

    @GET
    @Path("counties")
    public List<CountyArea> counties(@QueryParam("state") String state) {
        return reference.counties(state == null ? "KY" : state.toUpperCase());
    }
}
