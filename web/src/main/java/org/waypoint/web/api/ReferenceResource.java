package org.waypoint.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.reference.ReferenceService.OfficeView;
import org.waypoint.service.reference.ReferenceService.StateView;

/** Reference data: states, LWDAs, offices, and the counties and LWDAs of a ZIP code. */
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @EJB
    private ReferenceService reference;

    @GET
    @Path("states")
    public List<StateView> states() {
        return reference.states();
    }

    @GET
    @Path("lwdas")
    public List<LwdaView> lwdas() {
        return reference.lwdas();
    }

    @GET
    @Path("lwdas/{id}/offices")
    public List<OfficeView> offices(@PathParam("id") long lwdaId) {
        reference.lwda(lwdaId);
        return reference.offices(lwdaId);
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
