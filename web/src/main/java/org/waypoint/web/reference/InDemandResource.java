package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.reference.InDemandInput;
import org.waypoint.service.reference.InDemandLabel;
import org.waypoint.service.reference.InDemandListService;
import org.waypoint.service.reference.InDemandView;
import org.waypoint.web.api.RecordBodies;

/**
 * The boards' official in-demand lists (WIOA sec. 3(23)): {@code ?state=KY} the state board's,
 * {@code ?lwda={id}} a local board's. Admins add an occupation (POST, the fields of
 * {@link InDemandInput}), take one off ({@code DELETE {id}?versionLock=n}) or replace a list with a
 * CSV file ({@code POST import?state=KY[&lwda={id}]}, body {@code text/csv} with columns soc and
 * title). {@code GET label?lwda={id}&soc=31-9091} answers the label a plan in that LWDA shows.
 */
@Path("reference/in-demand-occupations")
@Produces(MediaType.APPLICATION_JSON)
public class InDemandResource {

    @EJB
    private InDemandListService lists;

    @GET
    public List<InDemandView> list(@QueryParam("state") String state, @QueryParam("lwda") Long lwdaId) {
        if (state == null && lwdaId == null) {
            throw InvalidInputException.of("state", "Give state (a state code such as KY) or lwda (an LWDA id).");
        }
        return lists.list(state, lwdaId);
    }

    @GET
    @Path("label")
    public InDemandLabel label(@QueryParam("lwda") Long lwdaId, @QueryParam("soc") List<String> socs) {
        if (lwdaId == null) {
            throw InvalidInputException.of("lwda", "Give the LWDA (lwda) whose boards' lists answer.");
        }
        return lists.label(lwdaId, socs);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInputException.of("soc", "Send the occupation as JSON.");
        }
        InDemandView added = lists.add(RecordBodies.read(body, InDemandInput.class));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(added.id()))
                        .build())
                .entity(added)
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id, @QueryParam("versionLock") Long versionLock) {
        lists.remove(id, versionLock);
        return Response.noContent().build();
    }

    /** Replaces the list with the file's occupations, all or nothing; 400 names each bad line. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public List<InDemandView> importList(
            byte[] csv, @QueryParam("state") String state, @QueryParam("lwda") Long lwdaId) {
        return lists.importList(state, lwdaId, csv);
    }
}
